package fr.portailcep.rendezvous;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlageOuvertureRepository extends JpaRepository<PlageOuverture, UUID> {

    List<PlageOuverture> findByConseillerIdOrderByJourAscDebutAsc(UUID conseillerId);

    List<PlageOuverture> findBySiteId(UUID siteId);
}
