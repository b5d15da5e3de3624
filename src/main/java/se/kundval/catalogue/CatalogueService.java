package se.kundval.catalogue;

import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public catalogue: what anyone, logged in or not, may read about services and providers. */
@Service
@Transactional(readOnly = true)
public class CatalogueService {

    private final ServiceTypeRepository serviceTypes;

    public CatalogueService(ServiceTypeRepository serviceTypes) {
        this.serviceTypes = serviceTypes;
    }

    /** Every service type in the municipality's order, with its number of approved providers. */
    @PermitAll
    public List<ServiceTypeSummary> serviceTypes() {
        return serviceTypes.findAllWithApprovedProviderCount().stream()
                .map(row -> {
                    ServiceType st = (ServiceType) row[0];
                    long count = ((Number) row[1]).longValue();
                    return new ServiceTypeSummary(st.getCode(), st.getName(), st.getDescription(), st.getDelivery(),
                            count, st.getDefaultRuleExplanation());
                })
                .toList();
    }
}
