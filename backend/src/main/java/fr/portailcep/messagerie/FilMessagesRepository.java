package fr.portailcep.messagerie;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FilMessagesRepository extends JpaRepository<FilMessages, UUID> {

    List<FilMessages> findByBeneficiaireIdOrderByDernierMessageLeDesc(UUID beneficiaireId);

    /** The threads of the people this account may see (the access rule, R__acces_personne.sql, in the query). */
    @Query(value = """
            select f.* from fil_messages f
            where exists (select 1 from acces_personne a where a.compte_id = :compte and a.beneficiaire_id = f.beneficiaire_id)
            order by f.attente_depuis asc nulls last, f.dernier_message_le desc
            """, nativeQuery = true)
    List<FilMessages> visiblesParAttente(UUID compte);

    /** The threads waiting for the team's answer, of the people this account may see. */
    @Query(value = """
            select f.* from fil_messages f
            where f.attente_depuis is not null
              and exists (select 1 from acces_personne a where a.compte_id = :compte and a.beneficiaire_id = f.beneficiaire_id)
            """, nativeQuery = true)
    List<FilMessages> enAttenteVisibles(UUID compte);
}
