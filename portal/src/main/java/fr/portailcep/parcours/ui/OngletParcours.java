package fr.portailcep.parcours.ui;

import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.Badge;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import fr.portailcep.compte.Compte;
import fr.portailcep.compte.CompteService;
import fr.portailcep.parcours.Dossier;
import fr.portailcep.parcours.DossiersEquipe;
import fr.portailcep.parcours.MotifCloture;
import fr.portailcep.parcours.ParcoursService;
import fr.portailcep.parcours.PeriodeReferent;
import fr.portailcep.parcours.Referentiels;
import fr.portailcep.parcours.UniteOeuvreEngagee;
import fr.portailcep.shared.ui.Formulaire;
import fr.portailcep.parcours.ValeurReference;
import fr.portailcep.parcours.MembreEquipe;
import fr.portailcep.parcours.VueDossier;
import fr.portailcep.shared.SaisieRefusee;
import fr.portailcep.shared.ui.Saisie;

/**
 * The units of work of a dossier: list, engage one (with rule 3 confirmed), close one, référent unique. What may be
 * engaged or closed, and when, is the dossier's answer; this tab renders it.
 */
class OngletParcours extends Div {

    private final UUID beneficiaireId;
    private final ParcoursService parcours;
    private final DossiersEquipe lectures;
    private final Referentiels referentiels;
    private final CompteService comptes;
    private final Clock horloge;
    private final Runnable rafraichir;

    OngletParcours(UUID beneficiaireId, Optional<VueDossier> dossier, ParcoursService parcours, DossiersEquipe lectures,
            Referentiels referentiels,
            CompteService comptes, Clock horloge, Runnable rafraichir) {
        this.beneficiaireId = beneficiaireId;
        this.parcours = parcours;
        this.lectures = lectures;
        this.referentiels = referentiels;
        this.comptes = comptes;
        this.horloge = horloge;
        this.rafraichir = rafraichir;
        addClassName("pc-onglet");
        var unites = new Section(new H2(getTranslation("dossier.unites.titre")));
        unites.addClassName("pc-carte");
        unites.setId("unites");
        if (dossier.isEmpty() || dossier.get().unites().isEmpty()) {
            unites.add(new Paragraph(getTranslation("dossier.unites.aucune")));
        } else {
            var d = dossier.get();
            unites.add(Elements.ligne(getTranslation("dossier.statut"), getTranslation("dossier.statut." + d.statut().name())));
            var liste = new UnorderedList();
            liste.addClassName("pc-liste-objets");
            d.unites().forEach(u -> liste.add(unite(u)));
            unites.add(liste);
        }
        add(unites);
        dossier.flatMap(VueDossier::uniteEnCours).ifPresent(u -> add(cloture(u)));
        add(new FormulaireEngagement(parcours.engagementsPossibles(beneficiaireId),
                dossier.flatMap(VueDossier::derniereUnite), lectures.conseillersPour(beneficiaireId),
                comptes.compteConnecte().map(Compte::id), referentiels, LocalDate.now(horloge),
                engagement -> parcours.engager(beneficiaireId, engagement),
                unite -> {
                    Notification.show(getTranslation("dossier.engager.ok", unite.uo().libelle(),
                            unite.numero().affiche()), 6000, Notification.Position.TOP_CENTER)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    rafraichir.run();
                }));
        dossier.filter(VueDossier::ouvert).ifPresent(d -> add(referent(d)));
        dossier.filter(VueDossier::peutEtreClos).ifPresent(d -> add(clotureDossier()));
    }

    private ListItem unite(VueDossier.Unite u) {
        var titre = new Span(u.uo().libelle() + " – " + getTranslation("uo.nom." + u.uo().name()));
        titre.addClassName("pc-objet-titre");
        var conseiller = comptes.nomDe(u.conseillerId());
        var details = new Span(getTranslation("dossier.unite.details", u.numero().affiche(),
                Formats.francais().date(u.engageeLe()), conseiller,
                u.finDeDelai().map(Formats.francais()::date).orElse("—")));
        details.addClassName("pc-objet-details");
        var gauche = new Div(titre, details);
        var etat = u.enCours() ? new Badge(getTranslation("dossier.unite.encours"), null)
                : new Badge(getTranslation("dossier.unite.close", Formats.francais().date(u.closeLe().orElseThrow()),
                        getTranslation("motif." + u.motifCloture().orElseThrow().name())),
                        u.motifCloture().get() == MotifCloture.ABANDON ? "alerte" : "neutre");
        var item = new ListItem(gauche, etat);
        item.addClassName("pc-objet");
        item.setId("unite-" + u.uo().name());
        return item;
    }

    private Section cloture(VueDossier.Unite unite) {
        var section = new Section(new H2(getTranslation("dossier.cloture.titre", unite.uo().libelle())),
                new Paragraph(getTranslation("dossier.cloture.texte." + unite.uo().name())));
        section.addClassName("pc-carte");
        section.setId("cloture");
        if (unite.motifsSaisissables().isEmpty()) {
            // Every closing now comes from a signed livrable (electronic or paper): nothing to record by hand.
            return section;
        }
        var motif = new Select<MotifCloture>();
        motif.setLabel(getTranslation("motif.MOTIF_CLOTURE"));
        motif.setItems(unite.motifsSaisissables());
        motif.setItemLabelGenerator(m -> getTranslation("motif." + m.name()));
        motif.setId("motif-cloture");
        var date = fr.portailcep.shared.ui.Dates.selecteur(getTranslation("dossier.cloture.date"));
        date.setValue(LocalDate.now(horloge));
        Elements.bornes(date, unite.datesDeCloture(LocalDate.now(horloge)), "parcours.refus.cloture.date",
                "parcours.refus.cloture.date");
        date.setId("date-cloture");
        var formulaire = Formulaire.libre()
                .obligatoire("motif", motif, "dossier.cloture.motif.vide")
                .obligatoire("le", date, "parcours.refus.cloture.date");
        formulaire.erreurs().setId("erreur-cloture");
        var bouton = new Button(getTranslation("dossier.cloture.bouton"));
        bouton.setId("clore-unite");
        bouton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        formulaire.soumettre(bouton, x -> {
            parcours.clore(beneficiaireId, unite.uo(), motif.getValue(), date.getValue());
            succes("dossier.cloture.ok");
        });
        var ligne = new Div(motif, date, bouton);
        ligne.addClassName("pc-formulaire-ligne");
        section.add(ligne, formulaire.erreurs());
        return section;
    }

    private Section referent(VueDossier dossier) {
        var section = new Section(new H2(getTranslation("dossier.referent.titre")));
        section.addClassName("pc-carte");
        section.setId("referent");
        var actuel = dossier.referentId().flatMap(comptes::parId).map(Compte::nomAffiche)
                .orElse(getTranslation("dossier.referent.aucun"));
        section.add(Elements.ligne(getTranslation("dossier.referent.actuel"), actuel));
        if (!dossier.referents().isEmpty()) {
            var historique = new UnorderedList();
            historique.addClassName("pc-liste-simple");
            historique.setId("historique-referents");
            dossier.referents().forEach(p -> historique.add(new ListItem(getTranslation("dossier.referent.periode",
                    comptes.nomDe(p.compteId()),
                    Formats.francais().dateHeure(p.du(), horloge.getZone()),
                    p.au().map(a -> Formats.francais().dateHeure(a, horloge.getZone())).orElse(getTranslation("dossier.referent.encours")),
                    p.motif().orElse("")))));
            section.add(historique);
        }
        if (!dossier.peutNommerReferent()) {
            section.add(new Paragraph(getTranslation("dossier.referent.quand")));
            return section;
        }
        var nouveau = new Select<MembreEquipe>();
        nouveau.setLabel(getTranslation("dossier.referent.nouveau"));
        nouveau.setItems(lectures.conseillersPour(beneficiaireId).stream()
                .filter(c -> !dossier.referentId().map(c.id()::equals).orElse(false)).toList());
        nouveau.setItemLabelGenerator(MembreEquipe::nomAffiche);
        nouveau.setId("nouveau-referent");
        var motif = new TextField(getTranslation("dossier.referent.motif"));
        motif.setId("motif-referent");
        Saisie.limiter(motif, PeriodeReferent.LONGUEUR_MOTIF);
        var formulaire = Formulaire.libre()
                .obligatoire("nouveauReferent", nouveau, "parcours.refus.referent.inconnu")
                .champ("motif", motif);
        formulaire.erreurs().setId("erreur-referent");
        var bouton = new Button(getTranslation("dossier.referent.bouton"));
        bouton.setId("changer-referent");
        formulaire.soumettre(bouton, x -> {
            parcours.changerReferent(beneficiaireId, nouveau.getValue().id(), motif.getValue());
            succes("dossier.referent.ok");
        });
        var ligne = new Div(nouveau, motif, bouton);
        ligne.addClassName("pc-formulaire-ligne");
        section.add(ligne, formulaire.erreurs());
        return section;
    }

    private Section clotureDossier() {
        var section = new Section(new H2(getTranslation("dossier.clore.titre")),
                new Paragraph(getTranslation("dossier.clore.texte")));
        section.addClassName("pc-carte");
        section.setId("clore-dossier");
        var motif = new TextField(getTranslation("dossier.clore.motif"));
        motif.setId("motif-clore-dossier");
        motif.setWidthFull();
        Saisie.limiter(motif, Dossier.LONGUEUR_TEXTE_EVENEMENT);
        var formulaire = Formulaire.libre().obligatoire("motif", motif, "parcours.refus.motif.vide");
        formulaire.erreurs().setId("erreur-clore-dossier");
        var bouton = new Button(getTranslation("dossier.clore.bouton"));
        bouton.setId("clore-dossier-bouton");
        formulaire.soumettre(bouton, x -> {
            parcours.cloreDossier(beneficiaireId, motif.getValue());
            succes("dossier.clore.ok");
        });
        section.add(motif, formulaire.erreurs(), bouton);
        return section;
    }

    private void succes(String cle) {
        Notification.show(getTranslation(cle), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        rafraichir.run();
    }
}
