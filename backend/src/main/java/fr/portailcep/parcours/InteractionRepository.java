package fr.portailcep.parcours;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface InteractionRepository extends JpaRepository<Interaction, UUID> {

    List<Interaction> findByDossierIdOrderByLeDescEnregistreeLeDesc(UUID dossierId);
}
