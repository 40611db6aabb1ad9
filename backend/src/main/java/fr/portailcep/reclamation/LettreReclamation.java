package fr.portailcep.reclamation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import fr.portailcep.shared.RenduPdf;

/**
 * The answer letter (CCTP §3.7): PDF/A-3a and PDF/UA-1 through {@link RenduPdf}, from the template
 * {@code templates/reclamations/lettre.html}, with the médiateur of France compétences at the foot of every page.
 */
@Component
class LettreReclamation {

    /** What the letter says; the answer as its paragraphs (one per line typed). */
    record Contenu(String numero, String personne, String numeroDossier, LocalDate recueLe, String motif,
            LocalDate reponduLe, List<String> reponse, String auteur) {

        static Contenu de(Reclamation r, String personne, String numeroDossier, String motif, String auteur,
                ZoneId zone) {
            return new Contenu(r.numero(), personne, numeroDossier, r.recueLe(), motif,
                    r.reponduLe() == null ? null : r.reponduLe().atZone(zone).toLocalDate(), paragraphes(r.reponse()),
                    auteur);
        }

        static List<String> paragraphes(String texte) {
            return texte == null ? List.of()
                    : Arrays.stream(texte.split("\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        }
    }

    private final RenduPdf rendu;

    LettreReclamation(RenduPdf rendu) {
        this.rendu = rendu;
    }

    byte[] pdf(Contenu lettre) {
        return rendu.pdf("reclamations/lettre.html", Map.of("lettre", lettre, "pdf", true));
    }

    /** The file name of the letter (no person's name in it). */
    static String nomFichier(String numero) {
        return "reponse-reclamation-" + numero + ".pdf";
    }
}
