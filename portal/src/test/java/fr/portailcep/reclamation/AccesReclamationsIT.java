package fr.portailcep.reclamation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import fr.portailcep.compte.AdresseCourriel;
import fr.portailcep.compte.CompteService;
import fr.portailcep.compte.Role;
import fr.portailcep.demo.PdfDemo;
import fr.portailcep.messagerie.FichierEnvoye;
import fr.portailcep.operateur.OperateurService;
import fr.portailcep.parcours.Personnes;
import fr.portailcep.shared.Introuvable;
import fr.portailcep.shared.SaisieRefusee;
import fr.portailcep.test.PortailIT;

/**
 * Proof 3 of issue 11 for the réclamations: a person reads only their own; a conseiller (of the person's site or
 * another) has no access to the desk; a manager of another site does not see the réclamation (it does not exist for
 * them, in the desk, the figures and by its id); the manager of the person's site reads it, and each read is in the
 * journal. The internal notes and the draft never reach the person.
 */
class AccesReclamationsIT extends PortailIT {

    @Autowired
    ReclamationsService reclamations;

    @Autowired
    CompteService comptes;

    @Autowired
    OperateurService operateurs;

    @Autowired
    JdbcClient jdbc;

    @Test
    void seuls_la_personne_et_le_correspondant_de_son_site_lisent_la_reclamation() {
        var personne = personnes.nouveauBeneficiaire("reclamation.acces", "Agathe", "Acces");
        var autre = personnes.nouveauBeneficiaire("reclamation.acces.autre", "Bruno", "Autre");
        if (comptes.parEmail(new AdresseCourriel("rose.marchal" + Personnes.DOMAINE)).isEmpty()) {
            var rose = comptes.creerProfessionnel(new AdresseCourriel("rose.marchal" + Personnes.DOMAINE),
                    Role.MANAGER, "Rose", "Marchal");
            operateurs.affecter(rose.id(), personnes.site("Reims"));
        }
        var deposee = personnes.enTantQue("reclamation.acces", () -> reclamations.deposer(new NouvelleReclamation(
                "CONSEILLER", "Mon conseiller n’a pas répondu à mes messages.", "Une réponse.",
                List.of(new FichierEnvoye("capture.pdf", PdfDemo.page("Capture", List.of("Messages restés sans réponse.")))))));
        var id = deposee.id();
        var piece = deposee.pieces().getFirst().id();
        assertThat(deposee.etat()).as("en ligne, l’accusé part tout de suite").isEqualTo(EtatReclamation.ACCUSEE);
        assertThat(deposee.numero()).matches("R-\\d{4}-\\d{6}");
        assertThat(deposee.reponseAvant()).isEqualTo(deposee.recueLe().plusDays(45));

        // The person reads hers; another person does not, nor sees it in their list.
        assertThat(personnes.enTantQue("reclamation.acces", () -> reclamations.mesReclamations()))
                .extracting(ResumeReclamation::id).containsExactly(id);
        assertThatThrownBy(() -> personnes.enTantQue("reclamation.acces.autre", () -> reclamations.parId(id)))
                .isInstanceOf(Introuvable.class);
        assertThatThrownBy(() -> personnes.enTantQue("reclamation.acces.autre", () -> reclamations.piece(id, piece)))
                .isInstanceOf(Introuvable.class);
        assertThatThrownBy(() -> personnes.enTantQue("reclamation.acces.autre",
                () -> reclamations.donnerAvis(id, true, null))).isInstanceOf(Introuvable.class);
        assertThat(personnes.enTantQue("reclamation.acces.autre", () -> reclamations.mesReclamations())).isEmpty();
        assertThat(autre).isNotEqualTo(personne);

        // Conseillers, of her site or another, have no access to the desk.
        for (var conseiller : List.of("amina.keita", "sophie.lambert")) {
            assertThatThrownBy(() -> personnes.enTantQue(conseiller, () -> reclamations.parId(id)))
                    .as(conseiller).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> personnes.enTantQue(conseiller, () -> reclamations.bureau()))
                    .as(conseiller).isInstanceOf(AccessDeniedException.class);
        }

        // A manager of another site: the réclamation does not exist for her, nor counts in her figures.
        var mois = YearMonth.from(deposee.recueLe());
        var avantRose = recues(personnes.enTantQue("rose.marchal", () -> reclamations.indicateurs(mois, mois)));
        assertThatThrownBy(() -> personnes.enTantQue("rose.marchal", () -> reclamations.parId(id)))
                .isInstanceOf(Introuvable.class);
        assertThatThrownBy(() -> personnes.enTantQue("rose.marchal", () -> reclamations.noter(id, "Note")))
                .isInstanceOf(Introuvable.class);
        assertThatThrownBy(() -> personnes.enTantQue("rose.marchal", () -> reclamations.lettreReponse(id)))
                .isInstanceOf(Introuvable.class);
        assertThat(personnes.enTantQue("rose.marchal", () -> reclamations.bureau()))
                .extracting(ResumeReclamation::id).doesNotContain(id);

        // The manager of her site reads it (journaled), notes, drafts; the person never sees notes nor draft.
        var avantNadia = recues(personnes.enTantQue("nadia.benali", () -> reclamations.indicateurs(mois, mois)));
        var lue = personnes.enTantQue("nadia.benali", () -> reclamations.parId(id));
        assertThat(lue.personne()).isEqualTo("Agathe Acces");
        assertThat(personnes.enTantQue("nadia.benali", () -> reclamations.piece(id, piece))).startsWith("%PDF".getBytes());
        assertThat(personnes.enTantQue("nadia.benali", () -> reclamations.bureau()))
                .extracting(ResumeReclamation::id).contains(id);
        personnes.faire("nadia.benali", () -> {
            reclamations.noter(id, "À voir avec Julien.");
            reclamations.enregistrerBrouillon(id, "Madame, nous avons…");
        });
        assertThat(jdbc.sql("""
                select count(*) from journal_audit
                where action = 'LECTURE_RECLAMATION' and beneficiaire_id = :personne and acteur = :nadia
                """).param("personne", personne).param("nadia", "nadia.benali" + Personnes.DOMAINE)
                .query(Long.class).single()).as("la lecture du correspondant est au journal").isPositive();
        assertThat(jdbc.sql("""
                select count(*) from journal_audit where action = 'ACCES_REFUSE' and beneficiaire_id = :personne
                """).param("personne", personne).query(Long.class).single()).as("les refus aussi").isPositive();

        var vueDeLaPersonne = personnes.enTantQue("reclamation.acces", () -> reclamations.parId(id));
        assertThat(vueDeLaPersonne.notes()).isEmpty();
        assertThat(vueDeLaPersonne.brouillon()).isNull();
        assertThat(vueDeLaPersonne.historique()).extracting(VueReclamation.Etape::cle)
                .doesNotContain("reclamation.historique.note", "reclamation.historique.brouillon");
        var vueDuCorrespondant = personnes.enTantQue("nadia.benali", () -> reclamations.parId(id));
        assertThat(vueDuCorrespondant.notes()).extracting(VueReclamation.Note::texte).containsExactly("À voir avec Julien.");
        assertThat(vueDuCorrespondant.brouillon()).isEqualTo("Madame, nous avons…");

        // The answer: the person reads it, is asked whether it suits her, and when it does not, may go to the médiateur.
        personnes.faire("nadia.benali", () -> reclamations.envoyerReponse(id, "Madame,\nVotre conseiller vous appelle demain."));
        assertThat(personnes.enTantQue("reclamation.acces", () -> reclamations.lettreReponse(id))).startsWith("%PDF".getBytes());
        assertThat(personnes.enTantQue("reclamation.acces", () -> reclamations.parId(id)).actes())
                .containsExactly(ActeReclamation.DONNER_AVIS);
        assertThatThrownBy(() -> personnes.enTantQue("reclamation.acces",
                () -> reclamations.donnerAvis(id, false, " "))).isInstanceOf(SaisieRefusee.class);
        var insatisfaite = personnes.enTantQue("reclamation.acces",
                () -> reclamations.donnerAvis(id, false, "Personne ne m’a appelée."));
        assertThat(insatisfaite.etat()).isEqualTo(EtatReclamation.INSATISFAITE);
        assertThat(insatisfaite.actes()).contains(ActeReclamation.SAISIR_MEDIATEUR);

        // Figures: counted for the manager of her site, not for the other one.
        assertThat(recues(personnes.enTantQue("nadia.benali", () -> reclamations.indicateurs(mois, mois))))
                .isEqualTo(avantNadia);
        assertThat(recues(personnes.enTantQue("rose.marchal", () -> reclamations.indicateurs(mois, mois))))
                .isEqualTo(avantRose);
        assertThat(avantNadia).isPositive();
    }

    @Test
    void une_piece_jointe_qui_n_est_pas_un_document_est_refusee_a_cote_du_champ() {
        personnes.nouveauBeneficiaire("reclamation.piece", "Pierre", "Piece");
        var refus = org.assertj.core.api.Assertions.catchThrowableOfType(SaisieRefusee.class,
                () -> personnes.enTantQue("reclamation.piece", () -> reclamations.deposer(new NouvelleReclamation(
                        "ACCUEIL", "Faits", null, List.of(new FichierEnvoye("virus.pdf", "MZ pas un PDF".getBytes()))))));
        assertThat(refus).isNotNull();
        assertThat(refus.erreurs()).containsOnlyKeys("pieces");
        assertThat(refus.erreurs().get("pieces").cle()).isEqualTo("messagerie.piece.refusee.TYPE_REFUSE");
        assertThat(personnes.enTantQue("reclamation.piece", () -> reclamations.mesReclamations())).isEmpty();
    }

    private static int recues(IndicateursReclamations indicateurs) {
        return indicateurs.mois().stream().mapToInt(IndicateursReclamations.Mois::recues).sum();
    }
}
