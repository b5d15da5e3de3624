package se.kundval.catalogue;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** Område / kommundel: a geographic part of the municipality. */
@Entity
public class Area {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Embedded
    @AttributeOverride(name = "lat", column = @Column(name = "centre_lat"))
    @AttributeOverride(name = "lon", column = @Column(name = "centre_lon"))
    private GeoPoint centre;

    @Enumerated(EnumType.STRING)
    private RecordOrigin origin = RecordOrigin.PORTAL;

    @Version
    private long version;

    protected Area() {
    }

    public Area(String code, RecordOrigin origin) {
        this.code = code;
        this.origin = origin;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public GeoPoint getCentre() { return centre; }
    public void setCentre(GeoPoint centre) { this.centre = centre; }
    public RecordOrigin getOrigin() { return origin; }
    public long getVersion() { return version; }
}
