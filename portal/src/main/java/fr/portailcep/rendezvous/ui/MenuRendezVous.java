package fr.portailcep.rendezvous.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;

import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.CompteService;
import fr.portailcep.echeance.EcheancesService;
import fr.portailcep.rendezvous.AgendaService;
import fr.portailcep.rendezvous.GestionRendezVous;
import fr.portailcep.rendezvous.OffreService;
import fr.portailcep.rendezvous.StatutRendezVous;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.Carte;
import fr.portailcep.shared.ui.CarteAccueil;
import fr.portailcep.shared.ui.EntreeMenu;
import fr.portailcep.shared.ui.Public;

/** The rendez-vous entries of the navigation, and their cards on the homes. */
@Configuration(proxyBeanMethods = false)
class MenuRendezVous {

    @Bean
    EntreeMenu menuMesRendezVous() {
        return new EntreeMenu("menu.mesrendezvous", MesRendezVousView.CHEMIN, VaadinIcon.CALENDAR_CLOCK, 10,
                Set.of(Public.BENEFICIAIRE));
    }

    @Bean
    EntreeMenu menuAgenda() {
        return new EntreeMenu("menu.agenda", AgendaView.CHEMIN, VaadinIcon.CALENDAR, 10,
                Set.of(Public.CONSEILLER, Public.MANAGER));
    }

    @Bean
    EntreeMenu menuHoraires() {
        return new EntreeMenu("menu.horaires", HorairesView.CHEMIN, VaadinIcon.CLOCK, 30,
                Set.of(Public.CONSEILLER, Public.MANAGER));
    }

    @Bean
    EntreeMenu menuAppel() {
        return new EntreeMenu("menu.appel", AppelView.CHEMIN, VaadinIcon.PHONE, 15,
                Set.of(Public.CONSEILLER, Public.MANAGER));
    }

    @Bean
    EntreeMenu menuOffre() {
        return new EntreeMenu("menu.offre", OffreView.CHEMIN, VaadinIcon.CALENDAR_USER, 40, Set.of(Public.MANAGER));
    }

    /** Bénéficiaire: the next rendez-vous, or the date by which a first exchange is due. */
    @Bean
    CarteAccueil carteProchainRendezVous(GestionRendezVous gestion, BeneficiaireService beneficiaires,
            EcheancesService echeances) {
        return CarteAccueil.de(Set.of(Public.BENEFICIAIRE), 10, () -> {
            var contenu = new Div();
            contenu.setId("carte-rendez-vous");
            var prochain = gestion.monProchainRendezVous();
            var demande = echeances.maDemandeOuverte();
            if (prochain.isEmpty() && demande.isEmpty()) {
                return null;
            }
            demande.ifPresent(d -> {
                var echeance = new Paragraph(contenu.getTranslation("creneaux.echeance", Formats.francais().dateLongue(d.dateLimite())));
                echeance.addClassNames("pc-avis", "pc-echeance");
                echeance.setId("carte-echeance");
                contenu.add(echeance);
            });
            if (prochain.isPresent()) {
                contenu.add(new Recapitulatif(prochain.get()));
                var tous = new Anchor("/" + MesRendezVousView.CHEMIN, contenu.getTranslation("carte.prochainrdv.gerer"));
                tous.addClassNames("pc-bouton-lien", "pc-bouton-secondaire");
                contenu.add(new Paragraph(tous));
                return new Carte(contenu.getTranslation("carte.prochainrdv.titre"), contenu);
            }
            var choisir = new Anchor("/rendez-vous", contenu.getTranslation("carte.demande.prendre"));
            choisir.addClassNames("pc-bouton-lien", "pc-bouton-principal");
            contenu.add(new Paragraph(choisir));
            return new Carte(contenu.getTranslation("carte.demande.titre"), contenu);
        });
    }

    /** Conseiller: today's rendez-vous. */
    @Bean
    CarteAccueil carteRendezVousDuJour(AgendaService agenda, CompteService comptes, Clock horloge) {
        return CarteAccueil.de(Set.of(Public.CONSEILLER), 10, () -> {
            var moi = comptes.compteConnecte();
            if (moi.isEmpty()) {
                return null;
            }
            var contenu = new Div();
            contenu.setId("carte-rdv-du-jour");
            var zone = Lieux.PAR_DEFAUT;
            var aujourdhui = LocalDate.now(horloge.withZone(zone));
            var lignes = agenda.agenda(moi.get().id(), aujourdhui, aujourdhui, zone).stream()
                    .filter(l -> l.rendezVous().statut() != StatutRendezVous.ANNULE).toList();
            if (lignes.isEmpty()) {
                contenu.add(new Paragraph(contenu.getTranslation("carte.rdvjour.aucun")));
            } else {
                var liste = new UnorderedList();
                liste.addClassName("pc-liste-objets");
                lignes.forEach(l -> {
                    var item = new ListItem();
                    item.addClassName("pc-objet");
                    var quoi = new Div();
                    var titre = new com.vaadin.flow.component.html.Span(Formats.francais().heure(l.rendezVous().debut(), zone)
                            + " – " + l.personne());
                    titre.addClassName("pc-objet-titre");
                    var details = new com.vaadin.flow.component.html.Span(
                            contenu.getTranslation("modalite." + l.rendezVous().modalite().name()) + " · " + l.site());
                    details.addClassName("pc-objet-details");
                    quoi.add(titre, details);
                    item.add(quoi);
                    liste.add(item);
                });
                contenu.add(liste);
            }
            var lien = new Anchor("/" + AgendaView.CHEMIN, contenu.getTranslation("carte.rdvjour.agenda"));
            lien.addClassName("pc-lien");
            contenu.add(lien);
            return new Carte(contenu.getTranslation("carte.rdvjour.titre"), contenu);
        });
    }

    /** Manager: the extended-hours rule over the next weeks. */
    @Bean
    CarteAccueil carteOffre(OffreService offre, Clock horloge) {
        return CarteAccueil.de(Set.of(Public.MANAGER), 20, () -> {
            var contenu = new Div();
            contenu.setId("carte-offre");
            var semaines = 4;
            var bilans = offre.controleHorairesElargis(LocalDate.now(horloge.withZone(Lieux.PAR_DEFAUT)), semaines);
            var manques = new UnorderedList();
            manques.addClassName("pc-liste");
            for (var bilan : bilans) {
                bilan.semaines().stream().filter(s -> !s.conforme()).forEach(s -> manques.add(new ListItem(
                        contenu.getTranslation("carte.offre.ko", Formats.francais().dateSansAnnee(s.lundi()), bilan.site().nom(),
                                s.joursElargis()))));
            }
            if (manques.getChildren().findAny().isPresent()) {
                var alerte = new Div(manques);
                alerte.addClassName("pc-alerte");
                contenu.add(alerte);
            } else {
                contenu.add(new Paragraph(contenu.getTranslation("carte.offre.ok", semaines)));
            }
            var lien = new Anchor("/" + OffreView.CHEMIN, contenu.getTranslation("carte.offre.lien"));
            lien.addClassName("pc-lien");
            contenu.add(lien);
            return new Carte(contenu.getTranslation("carte.offre.titre"), contenu);
        });
    }
}
