package se.kundval.register;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import se.kundval.shared.GeoPoint;
import se.kundval.shared.LocalizedText;
import se.kundval.shared.RecordOrigin;

/** Servicepunkt: a staffed place where residents get help in person. */
@Entity
public class ServicePoint extends CodedReference {

    @Column(nullable = false)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id")
    private Area area;

    @Column(nullable = false)
    private String address;

    @Embedded
    @AttributeOverride(name = "sv", column = @Column(name = "opening_hours_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "opening_hours_en"))
    private LocalizedText openingHours;

    @Embedded
    private GeoPoint location;

    protected ServicePoint() {}

    public ServicePoint(String code, RecordOrigin origin) {
        super(code, origin);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Area getArea() {
        return area;
    }

    public void setArea(Area area) {
        this.area = area;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public LocalizedText getOpeningHours() {
        return openingHours;
    }

    public void setOpeningHours(LocalizedText openingHours) {
        this.openingHours = openingHours;
    }

    public GeoPoint getLocation() {
        return location;
    }

    public void setLocation(GeoPoint location) {
        this.location = location;
    }
}
