package fr.portailcep.rendezvous;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface RendezVousRepository extends JpaRepository<RendezVous, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from RendezVous r where r.id = :id")
    Optional<RendezVous> verrouiller(UUID id);

    @Query("select r from RendezVous r where r.conseillerId = :conseiller and r.debut < :fin and r.fin > :debut order by r.debut")
    List<RendezVous> agenda(UUID conseiller, Instant debut, Instant fin);

    @Query("select r from RendezVous r where r.debut < :fin and r.fin > :debut order by r.debut")
    List<RendezVous> entre(Instant debut, Instant fin);

    List<RendezVous> findByBeneficiaireIdOrderByDebutDesc(UUID beneficiaireId);

    @Query("select r from RendezVous r where r.beneficiaireId = :beneficiaire and r.statut = fr.portailcep.rendezvous.StatutRendezVous.RESERVE and r.debut > :maintenant order by r.debut")
    List<RendezVous> aVenir(UUID beneficiaire, Instant maintenant);

    @Query("select r from RendezVous r where r.demandeId in :demandes and r.statut = fr.portailcep.rendezvous.StatutRendezVous.RESERVE order by r.debut")
    List<RendezVous> reservesDesDemandes(Collection<UUID> demandes);

    @Query("""
            select r.id from RendezVous r where r.statut = fr.portailcep.rendezvous.StatutRendezVous.RESERVE
            and r.debut > :maintenant and r.debut <= :horizon
            and (r.rappelEnvoyePour is null or r.rappelEnvoyePour <> r.debut)
            order by r.debut
            """)
    List<UUID> aRappeler(Instant maintenant, Instant horizon);

    @Query("select count(r) from RendezVous r where r.siteId = :site and r.statut = fr.portailcep.rendezvous.StatutRendezVous.RESERVE and r.debut >= :debut and r.debut < :fin")
    long reservesAuSite(UUID site, Instant debut, Instant fin);
}
