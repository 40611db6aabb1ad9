package fr.portailcep.satisfaction;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface EnqueteRepository extends JpaRepository<EnqueteSatisfaction, UUID> {

    boolean existsByUniteId(UUID uniteId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from EnqueteSatisfaction e where e.id = :id")
    Optional<EnqueteSatisfaction> verrouiller(UUID id);

    List<EnqueteSatisfaction> findByBeneficiaireIdOrderByCreeeLeDesc(UUID beneficiaireId);

    /** The surveys of these sites, and those of no site (every manager sees them), closed in the period. */
    @Query("""
            select e from EnqueteSatisfaction e where (e.siteId in :sites or e.siteId is null)
            and e.closeLe between :du and :au order by e.closeLe
            """)
    List<EnqueteSatisfaction> desSites(Collection<UUID> sites, LocalDate du, LocalDate au);

    List<EnqueteSatisfaction> findByConseillerId(UUID conseillerId);

    /** Still unanswered, created before this instant, links still valid: the reminder may be due. */
    @Query("""
            select e.id from EnqueteSatisfaction e where e.premiereReponseLe is null
            and e.creeeLe <= :avant and e.creeeLe > :apres
            """)
    List<UUID> sansReponseCreeesEntre(java.time.Instant apres, java.time.Instant avant);
}
