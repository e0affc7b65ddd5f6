package io.pathfinder.assessment.store;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<AssessmentEntity, UUID> {

    public Optional<AssessmentEntity> findForTenant(UUID id, String tenant) {
        return find("id = ?1 and tenant = ?2", id, tenant).firstResultOptional();
    }

    public Optional<AssessmentEntity> findByIdempotencyKey(String tenant, String idempotencyKey) {
        return find("tenant = ?1 and idempotencyKey = ?2", tenant, idempotencyKey).firstResultOptional();
    }

    public PanacheQuery<AssessmentEntity> listForTenant(String tenant, AssessmentState status) {
        Sort newestFirst = Sort.descending("submittedAt").and("id");
        return status == null
                ? find("tenant = ?1", newestFirst, tenant)
                : find("tenant = ?1 and status = ?2", newestFirst, tenant, status);
    }
}
