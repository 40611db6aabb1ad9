package fr.portailcep.satisfaction;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.parcours.MotifCloture;
import fr.portailcep.parcours.UniteCloturee;
import fr.portailcep.parcours.UniteOeuvre;
import fr.portailcep.shared.Saisies;
import fr.portailcep.shared.Systeme;

/**
 * Import of past surveys and their answers (the operator's previous tool, the demo data), as they happened: no
 * courriel, the survey closed long ago. Acts on behalf of the system.
 */
@Service
public class ReprisesSatisfaction {

    private final EnqueteRepository enquetes;
    private final JdbcClient jdbc;

    ReprisesSatisfaction(EnqueteRepository enquetes, JdbcClient jdbc) {
        this.enquetes = enquetes;
        this.jdbc = jdbc;
    }

    /** A survey of a past closing, answered two days after it (either answer may be null: left unanswered). */
    @Systeme
    @Transactional
    public UUID enqueteRepondue(UUID beneficiaire, UniteOeuvre uo, UUID conseiller, UUID site, LocalDate closeLe,
            Niveau qualite, Niveau utilite, String commentaire) {
        var cree = closeLe.atTime(18, 0).toInstant(ZoneOffset.UTC);
        var e = new EnqueteSatisfaction(new UniteCloturee(beneficiaire, UUID.randomUUID(), uo,
                uo == UniteOeuvre.UO2_2 ? MotifCloture.SOUHAIT_ECRIT_DE_CLORE : MotifCloture.LIVRABLE_SIGNE, conseiller,
                site, closeLe, cree));
        if (qualite != null || utilite != null || commentaire != null) {
            e.repondre(qualite, utilite, Saisies.ouNull(Saisies.texte("commentaire", commentaire,
                    EnqueteSatisfaction.LONGUEUR_COMMENTAIRE)), cree.plus(java.time.Duration.ofDays(2)));
        }
        enquetes.saveAndFlush(e);
        if (e.sansReponse()) {
            // Its one reminder went long ago, in the previous tool: the round never sends one for it.
            jdbc.sql("insert into rappel_satisfaction (enquete_id, envoye_le) values (:id, :le)").param("id", e.id())
                    .param("le", java.sql.Timestamp.from(cree.plus(EnqueteSatisfaction.DELAI_RAPPEL))).update();
        }
        return e.id();
    }
}
