package fr.portailcep.satisfaction;

import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import fr.portailcep.beneficiaire.Beneficiaire;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.Textes;
import fr.portailcep.shared.UrlPublique;
import fr.portailcep.shared.courriel.Courriel;
import fr.portailcep.shared.courriel.Courrier;

/**
 * The survey's courriels: the invitation at the closing and the one reminder. Each carries one signed link per
 * possible answer of each question (one tap answers), and a button to the survey in the person's space.
 */
@Component
class CourrielsSatisfaction {

    private final Courrier courrier;
    private final Textes textes;
    private final UrlPublique urlPublique;
    private final LiensAvis liens;
    private final ZoneId zone;

    CourrielsSatisfaction(Courrier courrier, Textes textes, UrlPublique urlPublique, LiensAvis liens,
            @Value("${portail.fuseau-horaire:Europe/Paris}") ZoneId zone) {
        this.courrier = courrier;
        this.textes = textes;
        this.urlPublique = urlPublique;
        this.liens = liens;
        this.zone = zone;
    }

    static String cheminAvis(String jeton) {
        return "/avis/" + jeton;
    }

    static String cheminMonAvis(EnqueteSatisfaction e) {
        return "/mon-avis/" + e.id();
    }

    void invitation(EnqueteSatisfaction e, Beneficiaire personne) {
        deposer(e, personne, "invitation");
    }

    void rappel(EnqueteSatisfaction e, Beneficiaire personne) {
        deposer(e, personne, "rappel");
    }

    private void deposer(EnqueteSatisfaction e, Beneficiaire personne, String sorte) {
        if (personne.email() == null || personne.email().isBlank()) {
            return;
        }
        var expire = e.liensValablesJusquAu();
        var courriel = Courriel.a(personne.email())
                .sujet(textes.get("satisfaction.courriel.sujet." + sorte))
                .salutation(personne.prenom() == null ? textes.get("courriel.bonjour.anonyme")
                        : textes.get("courriel.bonjour", personne.prenom()))
                .paragraphe(textes.get("satisfaction.courriel.intro." + sorte, textes.get("satisfaction.uo." + e.uo()),
                        Formats.francais().dateLongue(e.closeLe())));
        for (var question : Question.values()) {
            courriel.paragraphe(textes.get("satisfaction.question." + question));
            for (var niveau : Niveau.values()) {
                courriel.bouton(textes.get("satisfaction.niveau." + niveau),
                        urlPublique.lien(cheminAvis(liens.jeton(e.id(), question, niveau, expire))));
            }
        }
        courriel.paragraphe(textes.get("satisfaction.courriel.commentaire"))
                .bouton(textes.get("satisfaction.courriel.portail"), urlPublique.lien(cheminMonAvis(e)))
                .paragraphe(textes.get("satisfaction.courriel.validite",
                        Formats.francais().dateLongue(expire.atZone(zone).toLocalDate())))
                .cleIdempotence("satisfaction:" + sorte + ":" + e.id());
        courrier.deposer(courriel);
    }
}
