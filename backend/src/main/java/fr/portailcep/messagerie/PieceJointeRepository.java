package fr.portailcep.messagerie;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PieceJointeRepository extends JpaRepository<PieceJointe, UUID> {

    @Query("select new fr.portailcep.messagerie.InfoPieceJointe(p.id, p.messageId, p.nom, p.typeMime, p.taille)"
            + " from PieceJointe p where p.messageId in :messages order by p.nom")
    List<InfoPieceJointe> infos(Collection<UUID> messages);

    @Query(value = "select f.beneficiaire_id from piece_jointe p join message m on m.id = p.message_id"
            + " join fil_messages f on f.id = m.fil_id where p.id = :piece", nativeQuery = true)
    List<UUID> beneficiaireDe(UUID piece);
}
