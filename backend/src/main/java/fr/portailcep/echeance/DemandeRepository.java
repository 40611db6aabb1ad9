package fr.portailcep.echeance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface DemandeRepository extends JpaRepository<DemandePremierEchange, UUID> {

    Optional<DemandePremierEchange> findByBeneficiaireIdAndStatut(UUID beneficiaireId, StatutDemande statut);

    List<DemandePremierEchange> findByStatutOrderByDateLimiteAscDemandeeLeAsc(StatutDemande statut);

    List<DemandePremierEchange> findByBeneficiaireIdOrderByDemandeeLeDesc(UUID beneficiaireId);

    /** The open requests of the people this account may see (the access rule, R__acces_personne.sql, in the query). */
    @Query(value = """
            select d.* from demande_premier_echange d
            where d.statut = 'OUVERTE'
              and exists (select 1 from acces_personne a where a.compte_id = :compte and a.beneficiaire_id = d.beneficiaire_id)
            order by d.date_limite, d.demandee_le
            """, nativeQuery = true)
    List<DemandePremierEchange> ouvertesVisibles(UUID compte);

    @Query("select d from DemandePremierEchange d where d.dateDemande between :du and :au and d.statut <> fr.portailcep.echeance.StatutDemande.RETIREE order by d.dateDemande")
    List<DemandePremierEchange> demandeesEntre(LocalDate du, LocalDate au);

    /** The person's open request, locked until the end of the transaction (a withdrawal waits for a booking). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from DemandePremierEchange d where d.beneficiaireId = :beneficiaireId and d.statut = fr.portailcep.echeance.StatutDemande.OUVERTE")
    Optional<DemandePremierEchange> verrouillerOuverte(UUID beneficiaireId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from DemandePremierEchange d where d.id = :id")
    Optional<DemandePremierEchange> verrouiller(UUID id);
}
