package fr.portailcep.parcours.ui;

import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.Badge;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import fr.portailcep.compte.CompteService;
import fr.portailcep.parcours.ActePlan;
import fr.portailcep.parcours.ActionPlan;
import fr.portailcep.parcours.Acteur;
import fr.portailcep.parcours.NouvelleAction;
import fr.portailcep.parcours.Objectif;
import fr.portailcep.parcours.PlanActions;
import fr.portailcep.parcours.PlanActionsService;
import fr.portailcep.parcours.Referentiel;
import fr.portailcep.parcours.Referentiels;
import fr.portailcep.parcours.ValeurReference;
import fr.portailcep.shared.ui.Formulaire;
import fr.portailcep.shared.SaisieRefusee;
import fr.portailcep.shared.ui.Saisie;

/**
 * The plan d'actions, for the conseiller: objectives and actions with their status, validate what the person
 * proposed, edit or cancel an action (the former version stays in its history), add objectives and actions with
 * the annexe 2 reference tables. What can be done to each action is the action's answer
 * ({@link ActionPlan#actionsPossibles}).
 */
class OngletPlan extends Div {

    private final UUID beneficiaireId;
    private final PlanActionsService plan;
    private final Referentiels referentiels;
    private final CompteService comptes;
    private final Clock horloge;
    private final Runnable rafraichir;
    private final Acteur moi;

    OngletPlan(UUID beneficiaireId, boolean avecDossier, PlanActionsService plan, Referentiels referentiels,
            CompteService comptes, Clock horloge, Runnable rafraichir) {
        this.beneficiaireId = beneficiaireId;
        this.plan = plan;
        this.referentiels = referentiels;
        this.comptes = comptes;
        this.horloge = horloge;
        this.rafraichir = rafraichir;
        this.moi = Acteur.equipe(comptes.compteConnecte().map(c -> c.id()).orElse(null));
        addClassName("pc-onglet");
        if (!avecDossier) {
            add(new Paragraph(getTranslation("dossier.plan.sansdossier")));
            return;
        }
        var contenu = plan.planDe(beneficiaireId);
        if (contenu.vide()) {
            add(new Paragraph(getTranslation("dossier.plan.vide")));
        }
        for (var bloc : contenu.objectifs()) {
            var section = new Section(new H2(bloc.objectif().intitule()));
            section.addClassName("pc-carte");
            var liste = new UnorderedList();
            liste.addClassName("pc-liste-objets");
            bloc.actions().forEach(a -> liste.add(action(a)));
            section.add(liste);
            add(section);
        }
        add(ajouts(contenu));
    }

    private ListItem action(ActionPlan action) {
        var aujourdhui = LocalDate.now(horloge);
        var possibles = action.actionsPossibles(moi);
        var titre = new Span(action.intitule());
        titre.addClassName("pc-objet-titre");
        var nature = new Span(LibellesAction.nature(this, action, referentiels));
        nature.addClassName("pc-objet-details");
        var echeance = new Span(action.echeance().map(d -> getTranslation(action.estEnRetard(aujourdhui)
                ? "plan.echeance.depassee" : "plan.echeance", Formats.francais().date(d))).orElse(getTranslation("plan.echeance.aucune")));
        echeance.addClassName(action.estEnRetard(aujourdhui) ? "pc-action-retard" : "pc-objet-details");
        var gauche = new Div(titre, nature, echeance);
        Elements.motif(this, action.raisonPause(), action.motifStatut())
                .ifPresent(m -> gauche.add(new Paragraph(getTranslation("plan.motif", m))));
        action.organismeId().flatMap(plan::organisme).ifPresent(o -> gauche.add(new Paragraph(
                getTranslation("dossier.plan.organisme", o.nom(), action.organismesProposes().orElse(0))
                        + (o.propreOperateur() ? " " + getTranslation("dossier.plan.organisme.propre") : ""))));
        var badges = new Div(Elements.badgeStatut(this, action.statut()));
        badges.addClassName("pc-action-badges");
        if (!action.validee()) {
            badges.add(new Badge(getTranslation("dossier.plan.proposee"), "attention"));
        }
        gauche.add(badges);

        var outils = new Div();
        outils.addClassName("pc-actions");
        var refus = Formulaire.libre();
        if (possibles.contains(ActePlan.VALIDER)) {
            var valider = new Button(getTranslation("dossier.plan.valider"));
            valider.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            valider.setAriaLabel(getTranslation("dossier.plan.valider.aria", action.intitule()));
            refus.soumettre(valider, x -> {
                plan.valider(action.id());
                succes("dossier.plan.valider.ok");
            });
            outils.add(valider);
        }
        var item = new ListItem(gauche, outils, refus.erreurs());
        item.addClassName("pc-objet");
        if (possibles.contains(ActePlan.MODIFIER)) {
            item.add(modification(action));
        }
        if (possibles.contains(ActePlan.ANNULER)) {
            item.add(annulation(action));
        }
        var historique = new Details(getTranslation("dossier.plan.historique"), new HistoriqueAction(action,
                horloge.getZone(), comptes::nomDe, false));
        historique.addClassName("pc-details");
        item.add(historique);
        item.addClassName("pc-objet-plan");
        return item;
    }

    private Details modification(ActionPlan action) {
        var intitule = new TextField(getTranslation("dossier.plan.intitule"), action.intitule(), "");
        intitule.setWidthFull();
        Saisie.limiter(intitule, NouvelleAction.LONGUEUR_INTITULE);
        var echeance = fr.portailcep.shared.ui.Dates.selecteur(getTranslation("dossier.plan.echeance"));
        action.echeance().ifPresent(echeance::setValue);
        var precisions = new TextArea(getTranslation("dossier.plan.precisions"), action.precisions().orElse(""), "");
        precisions.setWidthFull();
        Saisie.limiter(precisions, NouvelleAction.LONGUEUR_PRECISIONS);
        var financement = selectReference(this, referentiels, Referentiel.FINANCEMENT_FORMATION,
                "dossier.plan.financement");
        action.financementCode().flatMap(c -> referentiels.valeur(Referentiel.FINANCEMENT_FORMATION, c))
                .ifPresent(financement::setValue);
        financement.setVisible(action.nature().aUnFinancement());
        var formulaire = Formulaire.libre()
                .obligatoire("intitule", intitule, "plan.refus.intitule.vide")
                .champ("echeance", echeance)
                .champ("financementCode", financement)
                .champ("precisions", precisions);
        var enregistrer = new Button(getTranslation("dossier.plan.enregistrer"));
        formulaire.soumettre(enregistrer, x -> {
            plan.modifier(action.id(), new NouvelleAction(action.nature(), action.typeCode().orElse(null),
                    code(financement), intitule.getValue(), precisions.getValue(), echeance.getValue()));
            succes("dossier.plan.modifier.ok");
        });
        var zone = new Div(intitule, echeance, financement, precisions, formulaire.erreurs(), enregistrer);
        zone.addClassName("pc-formulaire");
        var details = new Details(getTranslation("dossier.plan.modifier"), zone);
        details.addClassName("pc-details");
        return details;
    }

    private Details annulation(ActionPlan action) {
        var motif = new TextField(getTranslation("dossier.plan.annuler.motif"));
        motif.setWidthFull();
        Saisie.limiter(motif, ActionPlan.LONGUEUR_MOTIF);
        var formulaire = Formulaire.libre().obligatoire("motif", motif, "plan.refus.motif.vide");
        var annuler = new Button(getTranslation("dossier.plan.annuler.bouton"));
        annuler.addThemeVariants(ButtonVariant.LUMO_ERROR);
        formulaire.soumettre(annuler, x -> {
            plan.annuler(action.id(), motif.getValue());
            succes("dossier.plan.annuler.ok");
        });
        var zone = new Div(motif, formulaire.erreurs(), annuler);
        zone.addClassName("pc-formulaire");
        var details = new Details(getTranslation("dossier.plan.annuler"), zone);
        details.addClassName("pc-details");
        return details;
    }

    private Section ajouts(PlanActions contenu) {
        var section = new Section(new H2(getTranslation("dossier.plan.ajouter.titre")));
        section.addClassName("pc-carte");
        section.setId("ajouter-plan");

        var nouvelObjectif = new TextField(getTranslation("dossier.plan.objectif"));
        nouvelObjectif.setId("nouvel-objectif");
        nouvelObjectif.setWidthFull();
        Saisie.limiter(nouvelObjectif, Objectif.LONGUEUR_INTITULE);
        var formulaire = Formulaire.libre().obligatoire("intitule", nouvelObjectif, "plan.refus.intitule.vide");
        var ajouterObjectif = new Button(getTranslation("dossier.plan.objectif.ajouter"));
        ajouterObjectif.setId("ajouter-objectif");
        formulaire.soumettre(ajouterObjectif, x -> {
            plan.ajouterObjectif(beneficiaireId, nouvelObjectif.getValue());
            succes("dossier.plan.objectif.ok");
        });
        var ligneObjectif = new Div(nouvelObjectif, ajouterObjectif);
        ligneObjectif.addClassName("pc-formulaire-ligne");
        section.add(new H3(getTranslation("dossier.plan.objectif.titre")), ligneObjectif, formulaire.erreurs());

        if (contenu.objectifs().isEmpty()) {
            return section;
        }
        section.add(new H3(getTranslation("dossier.plan.action.titre")), new NouvelleActionEquipe(
                contenu.objectifs().stream().map(PlanActions.Bloc::objectif).toList(), plan, referentiels,
                () -> succes("dossier.plan.action.ok")));
        return section;
    }

    static Select<ValeurReference> selectReference(Component traducteur, Referentiels referentiels,
            Referentiel referentiel, String cle) {
        var select = new Select<ValeurReference>();
        select.setLabel(traducteur.getTranslation(cle));
        select.setItems(referentiels.valeurs(referentiel));
        select.setItemLabelGenerator(v -> v == null ? traducteur.getTranslation("plan.financement.adefinir")
                : v.libelle());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(traducteur.getTranslation("plan.financement.adefinir"));
        return select;
    }

    static String code(Select<ValeurReference> select) {
        return select.getValue() == null ? null : select.getValue().code();
    }

    /** A change went through: say so and show the plan as it is now. */
    private void succes(String cle) {
        Notification.show(getTranslation(cle), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        rafraichir.run();
    }
}
