package fr.portailcep.parcours;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ObjectifRepository extends JpaRepository<Objectif, UUID> {

    List<Objectif> findByDossierIdOrderByOrdre(UUID dossierId);

    long countByDossierId(UUID dossierId);
}
