package fr.portailcep.rendezvous.web;

import java.io.Serializable;
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
import org.springframework.web.util.UriComponentsBuilder;

import fr.portailcep.echeance.Territoire;
import fr.portailcep.operateur.OperateurService;
import fr.portailcep.operateur.Site;
import fr.portailcep.rendezvous.CreneauPropose;
import fr.portailcep.rendezvous.Modalite;
import fr.portailcep.rendezvous.VueRendezVous;
import fr.portailcep.shared.Formats;

/**
 * What the pages of the personal link show, computed once for the templates {@code pages/rendezvous/gerer*.html}:
 * the summary card of a rendez-vous, the free slots grouped by day, where a rendez-vous takes place in words.
 */
@Component
class GererAffichage {

    static final ZoneId PAR_DEFAUT = Territoire.METROPOLE.fuseauHoraire();

    private final OperateurService operateurs;
    private final MessageSource textes;

    GererAffichage(OperateurService operateurs, MessageSource textes) {
        this.operateurs = operateurs;
        this.textes = textes;
    }

    /** When, how and where, as the card of the Vaadin page showed it ({@code recap.*}). */
    record Recap(String quand, List<String> lignes, List<String> discrets, String avec) implements Serializable {
    }

    /** A day of free slots. */
    record Jour(String titre, boolean apresEcheance, List<Creneau> creneaux) {
    }

    /** One free slot: a link to its confirmation page. */
    record Creneau(String heure, String detail, String aria, long debut, String adresse) {
    }

    /** What was done through the link, kept in the session for the page after the redirect. */
    record Fait(String acte, Recap recap) implements Serializable {
    }

    Recap recap(VueRendezVous vue) {
        var rdv = vue.rendezVous();
        return recap(rdv.debut(), rdv.fin(), rdv.modalite(), vue.site(), vue.zone(), vue.conseiller());
    }

    Recap recap(Instant debut, Instant fin, Modalite modalite, Optional<Site> site, ZoneId zone, String conseiller) {
        var f = Formats.francais();
        var quand = f.dateLongueHeure(debut, zone) + " (" + f.duree(debut, fin) + ")";
        var lignes = new ArrayList<String>();
        var discrets = new ArrayList<String>();
        if (modalite == null) {
            site.ifPresent(s -> lignes.add(s.nom()));
        } else {
            switch (modalite) {
                case SUR_SITE -> site.ifPresent(s -> {
                    lignes.add(texte("modalite.SUR_SITE") + " : " + s.nom() + ", " + s.adresseComplete());
                    if (s.acces() != null) {
                        discrets.add(texte("recap.acces", s.acces()));
                    }
                    if (s.accessibilite() != null) {
                        discrets.add(texte("recap.accessibilite", s.accessibilite()));
                    }
                });
                case TELEPHONE -> lignes.add(texte("modalite.TELEPHONE") + " – " + texte("recap.telephone"));
                case VISIO -> lignes.add(texte("modalite.VISIO") + " – " + texte("recap.visio"));
            }
        }
        var avec = conseiller != null && !conseiller.isBlank() ? texte("recap.avec", conseiller) : null;
        return new Recap(quand, List.copyOf(lignes), List.copyOf(discrets), avec);
    }

    /** "sur place, à Strasbourg – Centre", "par téléphone". */
    String lieu(Modalite modalite, UUID siteId) {
        if (modalite == Modalite.SUR_SITE) {
            return texte("gerer.lieu.SUR_SITE", site(siteId).map(Site::nom).orElse(""));
        }
        return texte("gerer.lieu." + modalite.name());
    }

    /** The slots by day, {@code jours} days at most; each links to {@code confirmer} with its choice. */
    List<Jour> jours(List<CreneauPropose> creneaux, Modalite modalite, LocalDate dateLimite, int jours,
            String confirmer) {
        var parJour = new LinkedHashMap<LocalDate, List<CreneauPropose>>();
        for (var c : creneaux) {
            parJour.computeIfAbsent(c.debut().atZone(zone(c.siteId())).toLocalDate(), j -> new ArrayList<>()).add(c);
        }
        var f = Formats.francais();
        var resultat = new ArrayList<Jour>();
        for (var entree : parJour.entrySet()) {
            if (resultat.size() >= jours) {
                break;
            }
            var date = entree.getKey();
            var liste = entree.getValue().stream().map(c -> {
                var heure = f.heure(c.debut(), zone(c.siteId()));
                var detail = detail(c);
                var adresse = UriComponentsBuilder.fromPath(confirmer)
                        .queryParam("debut", c.debut().getEpochSecond())
                        .queryParam("modalite", modalite.name())
                        .queryParamIfPresent("site", c.site())
                        .build().toUriString();
                return new Creneau(heure, detail, texte("creneaux.creneau.aria", f.dateLongue(date), heure, detail),
                        c.debut().getEpochSecond(), adresse);
            }).toList();
            resultat.add(new Jour(capitale(f.dateSansAnnee(date)), dateLimite != null && date.isAfter(dateLimite),
                    liste));
        }
        return resultat;
    }

    /** How many days the slots cover. */
    int nombreDeJours(List<CreneauPropose> creneaux) {
        return (int) creneaux.stream().map(c -> c.debut().atZone(zone(c.siteId())).toLocalDate()).distinct().count();
    }

    private String detail(CreneauPropose c) {
        var modalites = c.modalites().stream().sorted().map(m -> texte("modalite.court." + m.name())).toList();
        var lieu = site(c.siteId()).map(Site::commune);
        return lieu.map(l -> l + " · ").orElse("") + String.join(" · ", modalites);
    }

    List<Site> sites() {
        return operateurs.sites();
    }

    Optional<Site> site(UUID id) {
        return id == null ? Optional.empty() : operateurs.site(id);
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

    String texte(String cle, Object... arguments) {
        return textes.getMessage(cle, arguments, Locale.FRANCE);
    }

    private static String capitale(String texte) {
        return texte.isEmpty() ? texte : texte.substring(0, 1).toUpperCase(Locale.FRANCE) + texte.substring(1);
    }
}
