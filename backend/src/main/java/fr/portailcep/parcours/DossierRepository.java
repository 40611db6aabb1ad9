package fr.portailcep.parcours;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DossierRepository extends JpaRepository<Dossier, UUID> {

    Optional<Dossier> findByBeneficiaireId(UUID beneficiaireId);

    @Query("select d from Dossier d where d.statut = fr.portailcep.parcours.StatutDossier.OUVERT"
            + " and (d.referentId = :compte or d.conseillerId = :compte)")
    List<Dossier> suivisPar(UUID compte);

    @Query("select distinct u.dossier.id from UniteOeuvreEngagee u"
            + " where u.statut = fr.portailcep.parcours.StatutUnite.EN_COURS and u.finDeDelai < :aujourdhui")
    List<UUID> avecUnitesEchues(LocalDate aujourdhui);
}
