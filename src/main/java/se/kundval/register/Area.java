package se.kundval.register;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;

import se.kundval.shared.GeoPoint;
import se.kundval.shared.RecordOrigin;

/** Område / kommundel: a geographic part of the municipality. */
@Entity
public class Area extends CodedReference {

    @Column(nullable = false)
    private String name;

    @Embedded
    @AttributeOverride(name = "lat", column = @Column(name = "centre_lat"))
    @AttributeOverride(name = "lon", column = @Column(name = "centre_lon"))
    private GeoPoint centre;

    protected Area() {}

    public Area(String code, RecordOrigin origin) {
        super(code, origin);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public GeoPoint getCentre() {
        return centre;
    }

    public void setCentre(GeoPoint centre) {
        this.centre = centre;
    }
}
