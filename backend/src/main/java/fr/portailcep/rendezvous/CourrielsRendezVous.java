package fr.portailcep.rendezvous;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import fr.portailcep.beneficiaire.Beneficiaire;
import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.Compte;
import fr.portailcep.compte.CompteService;
import fr.portailcep.operateur.OperateurService;
import fr.portailcep.operateur.Site;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.Textes;
import fr.portailcep.shared.UrlPublique;
import fr.portailcep.shared.courriel.Courriel;
import fr.portailcep.shared.courriel.Courrier;

/**
 * The courriels about a rendez-vous, each with its calendar file and a fresh personal link to move or cancel it.
 * Each carries an idempotence key: a job that runs twice, or a double click, never sends one twice.
 */
@Component
class CourrielsRendezVous {

    /** A link stays valid a month after its rendez-vous, so that an old courriel still says what happened. */
    static final Duration VALIDITE_LIEN = Duration.ofDays(31);

    private final Courrier courrier;
    private final Textes textes;
    private final UrlPublique urlPublique;
    private final OperateurService operateurs;
    private final CompteService comptes;
    private final BeneficiaireService beneficiaires;
    private final LienGestionRepository liens;
    private final Clock horloge;
    private final String expediteur;

    CourrielsRendezVous(Courrier courrier, Textes textes, UrlPublique urlPublique, OperateurService operateurs,
            CompteService comptes, BeneficiaireService beneficiaires, LienGestionRepository liens, Clock horloge,
            @Value("${portail.courriel.expediteur}") String expediteur) {
        this.courrier = courrier;
        this.textes = textes;
        this.urlPublique = urlPublique;
        this.operateurs = operateurs;
        this.comptes = comptes;
        this.beneficiaires = beneficiaires;
        this.liens = liens;
        this.horloge = horloge;
        this.expediteur = expediteur;
    }

    /** A new personal link for the rendez-vous, as an absolute URL. */
    String nouveauLien(RendezVous rdv) {
        var maintenant = horloge.instant();
        var nouveau = LienGestion.creer(rdv.id(), maintenant, rdv.fin().plus(VALIDITE_LIEN));
        liens.save(nouveau.lien());
        return urlPublique.lien(cheminGestion(nouveau.jeton()));
    }

    static String cheminGestion(String jeton) {
        return "/rendez-vous/gerer/" + jeton;
    }

    void confirmation(RendezVous rdv, Optional<LocalDate> dateLimite) {
        var c = contexte(rdv);
        var courriel = Courriel.a(c.personne().email())
                .sujet(textes.get("rdv.courriel.confirmation.sujet", c.quand()))
                .salutation(salutation(c.personne()))
                .paragraphe(textes.get("rdv.courriel.confirmation.texte"));
        details(courriel, c);
        courriel.paragraphe(textes.get("rdv.courriel.ics"))
                .bouton(textes.get("rdv.courriel.bouton.gerer"), nouveauLien(rdv))
                .paragraphe(textes.get("rdv.courriel.lien.personnel"))
                .paragraphe(textes.get("rdv.courriel.espace", c.personne().email()))
                .pieceJointe(CalendrierIcs.NOM_FICHIER, CalendrierIcs.TYPE_MIME_REQUEST,
                        CalendrierIcs.demande(evenement(c), horloge.instant()))
                .cleIdempotence("rdv-confirmation:" + rdv.id());
        courrier.deposer(courriel);
    }

    void deplacement(RendezVous rdv) {
        var c = contexte(rdv);
        var courriel = Courriel.a(c.personne().email())
                .sujet(textes.get("rdv.courriel.deplacement.sujet", c.quand()))
                .salutation(salutation(c.personne()))
                .paragraphe(textes.get("rdv.courriel.deplacement.texte", c.quand()));
        details(courriel, c);
        courriel.paragraphe(textes.get("rdv.courriel.ics.maj"))
                .bouton(textes.get("rdv.courriel.bouton.gerer"), nouveauLien(rdv))
                .paragraphe(textes.get("rdv.courriel.lien.personnel"))
                .pieceJointe(CalendrierIcs.NOM_FICHIER, CalendrierIcs.TYPE_MIME_REQUEST,
                        CalendrierIcs.demande(evenement(c), horloge.instant()))
                .cleIdempotence("rdv-deplacement:" + rdv.id() + ":" + rdv.sequenceIcs());
        courrier.deposer(courriel);
    }

    void annulation(RendezVous rdv, RendezVous.Auteur par, String motif) {
        var c = contexte(rdv);
        var courriel = Courriel.a(c.personne().email())
                .sujet(textes.get("rdv.courriel.annulation.sujet", c.quand()))
                .salutation(salutation(c.personne()));
        if (par == RendezVous.Auteur.BENEFICIAIRE) {
            courriel.paragraphe(textes.get("rdv.courriel.annulation.texte", c.quand()))
                    .paragraphe(textes.get("rdv.courriel.annulation.ensuite"))
                    .bouton(textes.get("rdv.courriel.bouton.nouveau"), urlPublique.lien("/rendez-vous"));
        } else {
            courriel.paragraphe(textes.get("rdv.courriel.annulation.conseiller", c.quand()));
            if (motif != null && !motif.isBlank()) {
                courriel.paragraphe(textes.get("rdv.courriel.annulation.motif", motif.strip()));
            }
            courriel.paragraphe(textes.get("rdv.courriel.annulation.conseiller.ensuite"))
                    .bouton(textes.get("rdv.courriel.bouton.choisir"), nouveauLien(rdv));
        }
        courriel.paragraphe(textes.get("rdv.courriel.ics.annulation"))
                .pieceJointe(CalendrierIcs.NOM_FICHIER, CalendrierIcs.TYPE_MIME_CANCEL,
                        CalendrierIcs.annulation(evenement(c), horloge.instant()))
                .cleIdempotence("rdv-annulation:" + rdv.id() + ":" + rdv.sequenceIcs());
        courrier.deposer(courriel);
    }

    /** Two days before, with the calendar file again. */
    void rappel(RendezVous rdv) {
        var c = contexte(rdv);
        var courriel = Courriel.a(c.personne().email())
                .sujet(textes.get("rdv.courriel.rappel.sujet", c.quand()))
                .salutation(salutation(c.personne()))
                .paragraphe(textes.get("rdv.courriel.rappel.texte", c.quand()));
        details(courriel, c);
        courriel.paragraphe(textes.get("rdv.courriel.rappel.empeche"))
                .bouton(textes.get("rdv.courriel.bouton.gerer"), nouveauLien(rdv))
                .paragraphe(textes.get("rdv.courriel.lien.personnel"))
                .pieceJointe(CalendrierIcs.NOM_FICHIER, CalendrierIcs.TYPE_MIME_REQUEST,
                        CalendrierIcs.demande(evenement(c), horloge.instant()))
                .cleIdempotence("rdv-rappel:" + rdv.id() + ":" + rdv.debut().getEpochSecond());
        courrier.deposer(courriel);
    }

    /**
     * Someone booked on the portal with an address that already has a rendez-vous to come: the page said the same as
     * for a new booking, and this courriel tells the address's owner that the slot asked was not booked and how to
     * manage the one to come. Once per slot asked and per day.
     */
    void renvoiLien(RendezVous rdv, ChoixCreneau demande) {
        var c = contexte(rdv);
        var courriel = Courriel.a(c.personne().email())
                .sujet(textes.get("rdv.courriel.renvoi.sujet"))
                .salutation(salutation(c.personne()))
                .paragraphe(textes.get("rdv.courriel.renvoi.texte", creneauDemande(demande), c.quand()));
        details(courriel, c);
        courriel.bouton(textes.get("rdv.courriel.bouton.gerer"), nouveauLien(rdv))
                .paragraphe(textes.get("rdv.courriel.renvoi.pasvous"))
                .cleIdempotence("rdv-lien:" + rdv.id() + ":" + LocalDate.now(horloge) + ":"
                        + demande.debut().getEpochSecond());
        courrier.deposer(courriel);
    }

    /**
     * Someone booked or asked to be called back on the portal with the address of a staff account: nothing was
     * booked, the page said the same as for anyone, and this courriel tells the address's owner why.
     *
     * @param demande the slot asked, or null for a call-back request
     */
    void adresseProfessionnelle(Compte compte, ChoixCreneau demande) {
        var texte = demande == null ? textes.get("rdv.courriel.adressepro.rappel")
                : textes.get("rdv.courriel.adressepro.rdv", creneauDemande(demande));
        courrier.deposer(Courriel.a(compte.email())
                .sujet(textes.get("rdv.courriel.adressepro.sujet"))
                .salutation(compte.prenom() == null ? textes.get("courriel.bonjour.anonyme")
                        : textes.get("courriel.bonjour", compte.prenom()))
                .paragraphe(texte)
                .paragraphe(textes.get("rdv.courriel.adressepro.personnelle"))
                .bouton(textes.get("rdv.courriel.bouton.nouveau"), urlPublique.lien("/rendez-vous"))
                .paragraphe(textes.get("rdv.courriel.adressepro.pasvous"))
                .cleIdempotence("rdv-adresse-pro:" + compte.id() + ":" + LocalDate.now(horloge) + ":"
                        + (demande == null ? "rappel" : demande.debut().getEpochSecond())));
    }

    /** "mardi 3 mars 2026 à 10h00", in the time zone of the slot's site. */
    private String creneauDemande(ChoixCreneau demande) {
        var zone = FuseauSite.de(demande.siteId() == null ? Optional.empty() : operateurs.site(demande.siteId()));
        return Formats.francais().dateLongueHeure(demande.debut(), zone);
    }

    /** The person asked to be called back. */
    void rappelDemande(Beneficiaire personne, String telephone, LocalDate dateLimite, java.util.UUID rappelId) {
        courrier.deposer(Courriel.a(personne.email())
                .sujet(textes.get("rdv.courriel.rappeldemande.sujet"))
                .salutation(salutation(personne))
                .paragraphe(textes.get("rdv.courriel.rappeldemande.texte", telephone, Formats.francais().dateLongue(dateLimite)))
                .paragraphe(textes.get("rdv.courriel.rappeldemande.creneau"))
                .bouton(textes.get("rdv.courriel.bouton.nouveau"), urlPublique.lien("/rendez-vous"))
                .cleIdempotence("rdv-rappel-demande:" + rappelId));
    }

    private record Contexte(RendezVous rdv, Beneficiaire personne, Optional<Compte> conseiller, Optional<Site> site,
            ZoneId zone, String quand) {
    }

    private Contexte contexte(RendezVous rdv) {
        var personne = beneficiaires.parIdPourLeSysteme(rdv.beneficiaireId()).orElseThrow();
        var site = operateurs.site(rdv.siteId());
        var zone = FuseauSite.de(site);
        return new Contexte(rdv, personne, comptes.parId(rdv.conseillerId()), site, zone,
                Formats.francais().dateLongueHeure(rdv.debut(), zone));
    }

    private String salutation(Beneficiaire personne) {
        return personne.prenom() == null ? textes.get("courriel.bonjour.anonyme")
                : textes.get("courriel.bonjour", personne.prenom());
    }

    private void details(Courriel courriel, Contexte c) {
        courriel.paragraphe(textes.get("rdv.courriel.quand", c.quand(), Formats.francais().duree(c.rdv().debut(), c.rdv().fin())));
        lignesLieu(c).forEach(courriel::paragraphe);
        c.conseiller().ifPresent(k -> courriel.paragraphe(textes.get("rdv.courriel.avec", k.nomAffiche())));
    }

    private List<String> lignesLieu(Contexte c) {
        var lignes = new ArrayList<String>();
        switch (c.rdv().modalite()) {
            case SUR_SITE -> c.site().ifPresent(s -> {
                lignes.add(textes.get("rdv.courriel.lieu.site", s.nom(), s.adresseComplete()));
                if (s.acces() != null) {
                    lignes.add(textes.get("rdv.courriel.lieu.acces", s.acces()));
                }
                if (s.accessibilite() != null) {
                    lignes.add(textes.get("rdv.courriel.lieu.accessibilite", s.accessibilite()));
                }
            });
            case TELEPHONE -> lignes.add(c.rdv().telephone()
                    .map(t -> textes.get("rdv.courriel.lieu.telephone", t))
                    .orElse(textes.get("rdv.courriel.lieu.telephone.sansnumero")));
            case VISIO -> lignes.add(textes.get("rdv.courriel.lieu.visio"));
        }
        return lignes;
    }

    private CalendrierIcs.Evenement evenement(Contexte c) {
        var rdv = c.rdv();
        var lieu = switch (rdv.modalite()) {
            case SUR_SITE -> c.site().map(s -> s.nom() + ", " + s.adresseComplete()).orElse(null);
            case TELEPHONE -> textes.get("rdv.ics.lieu.telephone");
            case VISIO -> textes.get("rdv.ics.lieu.visio");
        };
        var description = String.join("\n", lignesLieu(c)) + "\n\n" + textes.get("rdv.ics.description.lien");
        return new CalendrierIcs.Evenement(rdv.uidCalendrier(), rdv.sequenceIcs(), rdv.debut(), rdv.fin(),
                textes.get("rdv.ics.titre"), lieu, description, textes.get("portail.nom"), adresseExpediteur(),
                c.personne().nomAffiche(), c.personne().email());
    }

    /** "ne-pas-repondre@portail-cep.fr" out of "Portail CEP <ne-pas-repondre@portail-cep.fr>". */
    String adresseExpediteur() {
        var debut = expediteur.indexOf('<');
        var fin = expediteur.indexOf('>');
        return debut >= 0 && fin > debut ? expediteur.substring(debut + 1, fin).strip() : expediteur.strip();
    }

    static Instant maintenant(Clock horloge) {
        return horloge.instant();
    }
}
