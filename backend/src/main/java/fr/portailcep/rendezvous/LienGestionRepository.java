package fr.portailcep.rendezvous;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface LienGestionRepository extends JpaRepository<LienGestion, UUID> {

    List<LienGestion> findByRendezVousId(UUID rendezVousId);
}
