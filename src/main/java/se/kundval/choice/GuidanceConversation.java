package se.kundval.choice;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/** Vägledande samtal: the conversation with a case officer after which the resident may choose. */
@Entity
public class GuidanceConversation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "resident_id")
    private Resident resident;

    @Column(nullable = false)
    private LocalDate heldOn;

    /** User name of the case officer (handläggare). */
    @Column(nullable = false)
    private String officer;

    @Column(nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected GuidanceConversation() {}

    public GuidanceConversation(Resident resident, LocalDate heldOn, String officer, Instant createdAt) {
        this.resident = resident;
        this.heldOn = heldOn;
        this.officer = officer;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Resident getResident() {
        return resident;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getOfficer() {
        return officer;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
