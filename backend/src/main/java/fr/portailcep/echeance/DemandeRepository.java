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

    @Query("select d from DemandePremierEchange d where d.dateDemande between :du and :au and d.statut <> fr.portailcep.echeance.StatutDemande.RETIREE order by d.dateDemande")
    List<DemandePremierEchange> demandeesEntre(LocalDate du, LocalDate au);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from DemandePremierEchange d where d.id = :id")
    Optional<DemandePremierEchange> verrouiller(UUID id);
}
