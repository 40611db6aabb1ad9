package fr.portailcep.rendezvous;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FermetureRepository extends JpaRepository<Fermeture, UUID> {

    @Query("select f from Fermeture f where f.debut < :fin and f.fin > :debut order by f.debut")
    List<Fermeture> entre(Instant debut, Instant fin);

    @Query("select f from Fermeture f where f.conseillerId = :conseiller and f.fin > :apres order by f.debut")
    List<Fermeture> absencesDe(UUID conseiller, Instant apres);

    @Query("select f from Fermeture f where f.siteId is not null and f.fin > :apres order by f.debut")
    List<Fermeture> fermeturesDeSites(Instant apres);
}
