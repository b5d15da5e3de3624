package se.kundval.commission;

import java.time.LocalDate;
import java.util.List;

/**
 * Follow-up figures for one service type and period (inclusive dates).
 *
 * @param choicesMade        choices made by residents (or staff for them) in the period, first ones and changes
 * @param changes            changes of provider in the period
 * @param defaultApplied     entitlements given the default provider in the period
 * @param firstChoices       entitlements whose first provider was chosen in the period
 * @param processingDays     days from submitted to decided, per application decided in the period
 */
public record FollowUp(
        String serviceTypeCode,
        String serviceTypeName,
        LocalDate from,
        LocalDate to,
        long choicesMade,
        long changes,
        long defaultApplied,
        long firstChoices,
        List<ProviderShare> marketShare,
        List<CapacityUse> capacityUse,
        List<Long> processingDays,
        List<StaleListing> staleListings) {

    /** Share (0–100) of the entitlements that got the default provider rather than a choice. */
    public double defaultSharePercent() {
        long all = defaultApplied + firstChoices;
        return all == 0 ? 0 : 100.0 * defaultApplied / all;
    }

    public double averageProcessingDays() {
        return processingDays.stream().mapToLong(Long::longValue).average().orElse(0);
    }

    /** Customers per provider now (choices in effect or starting), with the share in percent. */
    public record ProviderShare(String provider, long customers, double percent) {}

    public record CapacityUse(String offering, long taken, int capacity) {
        public double percent() {
            return capacity == 0 ? 0 : 100.0 * taken / capacity;
        }
    }

    public record StaleListing(String code, String offering, LocalDate lastConfirmed) {}
}
