package se.kundval.register.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import se.kundval.register.ServiceType;

/** Persistence of {@link ServiceType}; used only by this feature's services. */
public interface ServiceTypeRepository extends JpaRepository<ServiceType, Long> {
    Optional<ServiceType> findByCode(String code);

    List<ServiceType> findAllByOrderBySortOrderAscCodeAsc();

    /** Each service type with the number of distinct providers holding an approved accreditation. */
    @Query("""
            select st, (select count(distinct a.provider) from Accreditation a
                        where a.serviceType = st and a.status = se.kundval.provider.AccreditationStatus.APPROVED)
            from ServiceType st order by st.sortOrder, st.code
            """)
    List<Object[]> findAllWithApprovedProviderCount();
}
