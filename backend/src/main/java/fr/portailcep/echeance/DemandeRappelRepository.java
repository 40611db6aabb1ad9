package fr.portailcep.echeance;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface DemandeRappelRepository extends JpaRepository<DemandeRappel, UUID> {

    Optional<DemandeRappel> findByDemandeIdAndStatut(UUID demandeId, DemandeRappel.Statut statut);

    List<DemandeRappel> findByStatutOrderByDemandeLeAsc(DemandeRappel.Statut statut);
}
