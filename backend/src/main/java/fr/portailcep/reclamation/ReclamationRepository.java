package fr.portailcep.reclamation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReclamationRepository extends JpaRepository<Reclamation, UUID> {

    List<Reclamation> findByBeneficiaireIdOrderByRecueLeDescNumeroDesc(UUID beneficiaireId);

    /** The réclamations of the people this account may see (the access rule, R__acces_personne.sql, in the query). */
    @Query(value = """
            select r.* from reclamation r
            where exists (select 1 from acces_personne a where a.compte_id = :compte and a.beneficiaire_id = r.beneficiaire_id)
            order by r.recue_le desc, r.numero desc
            """, nativeQuery = true)
    List<Reclamation> visibles(UUID compte);

    @Query("select r.id from Reclamation r where r.etat in (fr.portailcep.reclamation.EtatReclamation.RECUE, "
            + "fr.portailcep.reclamation.EtatReclamation.ACCUSEE) order by r.recueLe, r.numero")
    List<UUID> ouvertes();

    /** The latest réclamation of this person referred to the médiateur. */
    Optional<Reclamation> findFirstByBeneficiaireIdAndEtatOrderByPorteeAuMediateurLeDesc(UUID beneficiaireId,
            EtatReclamation etat);
}
