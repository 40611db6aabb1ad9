package fr.portailcep.rendezvous.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.portailcep.beneficiaire.Beneficiaire;
import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.OrigineRequete;
import fr.portailcep.echeance.EcheancesService;
import fr.portailcep.echeance.Territoire;
import fr.portailcep.operateur.OperateurService;
import fr.portailcep.operateur.Site;
import fr.portailcep.rendezvous.ContexteDemande;
import fr.portailcep.rendezvous.CreneauPropose;
import fr.portailcep.rendezvous.Modalite;
import fr.portailcep.shared.Formats;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * What the booking pages (free slots, contact form, confirmation, call-back) show the same way: the request in the
 * session, the guaranteed date, a slot as a person reads it (time, place, how), the summary of a slot, when to try
 * again after too many requests. Texts from the same bundles as the Vaadin screens had.
 */
@Component
class CreneauxAffichage {

    /** The session attribute of the request under way, set by the aiguillage (DD020). */
    static final String CONTEXTE = ContexteDemande.class.getName();
    /** Where a person without a request under way is sent: the aiguillage questions (their address since before). */
    static final String AIGUILLAGE = "/rendez-vous";
    static final ZoneId PAR_DEFAUT = Territoire.METROPOLE.fuseauHoraire();

    private final OperateurService operateurs;
    private final EcheancesService echeances;
    private final BeneficiaireService beneficiaires;
    private final MessageSource textes;
    private final Clock horloge;

    CreneauxAffichage(OperateurService operateurs, EcheancesService echeances, BeneficiaireService beneficiaires,
            MessageSource textes, Clock horloge) {
        this.operateurs = operateurs;
        this.echeances = echeances;
        this.beneficiaires = beneficiaires;
        this.textes = textes;
        this.horloge = horloge;
    }

    /** A slot as shown: its day, its hour, its place and ways, and the address of the form that books it. */
    record Creneau(String valeur, long debut, String heure, String detail, String aria, String adresse,
            boolean apresEcheance, String jour) {
    }

    /** The slots of one day. */
    record Jour(String titre, boolean apresEcheance, List<Creneau> creneaux) {
    }

    Optional<ContexteDemande> contexte(HttpSession session) {
        return session == null ? Optional.empty()
                : Optional.ofNullable(session.getAttribute(CONTEXTE) instanceof ContexteDemande c ? c : null);
    }

    /** The due date shown: that of the person's open request if signed in and they have one, else this request's. */
    LocalDate dateLimite(ContexteDemande contexte) {
        return echeances.maDemandeOuverte().map(d -> d.dateLimite()).orElse(contexte.dateLimite());
    }

    Optional<Beneficiaire> moi() {
        return beneficiaires.moiSiBeneficiaire();
    }

    List<Site> sites() {
        return operateurs.sites();
    }

    Optional<Site> site(UUID id) {
        return id == null ? Optional.empty() : operateurs.sites().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    ZoneId zone(UUID siteId) {
        return site(siteId).map(s -> {
            try {
                return Territoire.duDepartement(s.departement()).fuseauHoraire();
            } catch (IllegalArgumentException e) {
                return PAR_DEFAUT;
            }
        }).orElse(PAR_DEFAUT);
    }

    LocalDate jour(CreneauPropose c) {
        return c.debut().atZone(zone(c.siteId())).toLocalDate();
    }

    /** The slots grouped by day, in order. */
    List<Jour> parJour(List<CreneauPropose> creneaux, LocalDate dateLimite) {
        var jours = new LinkedHashMap<LocalDate, List<Creneau>>();
        for (var c : creneaux) {
            jours.computeIfAbsent(jour(c), j -> new ArrayList<>()).add(creneau(c, dateLimite));
        }
        return jours.entrySet().stream().map(e -> new Jour(Formats.francais().dateSansAnnee(e.getKey()),
                dateLimite != null && e.getKey().isAfter(dateLimite), e.getValue())).toList();
    }

    Creneau creneau(CreneauPropose c, LocalDate dateLimite) {
        var jour = jour(c);
        var heure = Formats.francais().heure(c.debut(), zone(c.siteId()));
        var detail = detail(c);
        var adresse = new StringBuilder("/rendez-vous/coordonnees?debut=").append(c.debut().getEpochSecond());
        if (c.siteId() != null) {
            adresse.append("&site=").append(c.siteId());
        }
        if (c.modalites().size() == 1) {
            adresse.append("&modalite=").append(c.modalites().iterator().next().name());
        }
        return new Creneau(valeur(c), c.debut().getEpochSecond(), heure, detail,
                texte("creneaux.creneau.aria", Formats.francais().dateLongue(jour), heure, detail),
                adresse.toString(), dateLimite != null && jour.isAfter(dateLimite),
                Formats.francais().dateSansAnnee(jour));
    }

    /** A slot in one form value: its start and its site ({@code 1767225600:uuid}, or without a site). */
    static String valeur(CreneauPropose c) {
        return c.debut().getEpochSecond() + ":" + (c.siteId() == null ? "" : c.siteId());
    }

    String detail(CreneauPropose c) {
        var modalites = c.modalites().stream().sorted().map(m -> texte("modalite.court." + m.name())).toList();
        return site(c.siteId()).map(Site::commune).map(l -> l + " · ").orElse("") + String.join(" · ", modalites);
    }

    /** When, how and where: the lines of the summary card, the first one the time. */
    List<String> recapitulatif(Instant debut, Instant fin, Modalite modalite, UUID siteId) {
        var lignes = new ArrayList<String>();
        var zone = zone(siteId);
        lignes.add(Formats.francais().dateLongueHeure(debut, zone) + " (" + Formats.francais().duree(debut, fin) + ")");
        var site = site(siteId);
        if (modalite == null) {
            site.ifPresent(s -> lignes.add(s.nom()));
        } else {
            switch (modalite) {
                case SUR_SITE -> site.ifPresent(s -> {
                    lignes.add(texte("modalite.SUR_SITE") + " : " + s.nom() + ", " + s.adresseComplete());
                    if (s.acces() != null) {
                        lignes.add(texte("recap.acces", s.acces()));
                    }
                    if (s.accessibilite() != null) {
                        lignes.add(texte("recap.accessibilite", s.accessibilite()));
                    }
                });
                case TELEPHONE -> lignes.add(texte("modalite.TELEPHONE") + " – " + texte("recap.telephone"));
                case VISIO -> lignes.add(texte("modalite.VISIO") + " – " + texte("recap.visio"));
            }
        }
        return lignes;
    }

    /** When a refused request may be sent again, as people say it ("à 10h05", "demain à 8h40"…). */
    String reessai(Instant reessai) {
        var moment = reessai.atZone(horloge.getZone());
        var heure = Formats.francais().heure(moment.toLocalTime());
        var aujourdhui = LocalDate.now(horloge);
        if (moment.toLocalDate().equals(aujourdhui)) {
            return texte("limite.reessai.aujourdhui", heure);
        }
        if (moment.toLocalDate().equals(aujourdhui.plusDays(1))) {
            return texte("limite.reessai.demain", heure);
        }
        return texte("limite.reessai.jour", Formats.francais().date(moment.toLocalDate()), heure);
    }

    static OrigineRequete origine(HttpServletRequest requete) {
        return new OrigineRequete(requete.getRemoteAddr(), requete.getHeader("User-Agent"));
    }

    String texte(String cle, Object... arguments) {
        return textes.getMessage(cle, arguments, Locale.FRANCE);
    }

    /** The page's title, prefixed when the form was refused. */
    String titre(String cle, boolean refus) {
        var titre = texte(cle) + " – " + texte("portail.nom");
        return refus ? texte("formulaire.titre.erreur", titre) : titre;
    }
}
