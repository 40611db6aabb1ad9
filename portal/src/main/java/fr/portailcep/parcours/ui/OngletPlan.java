package fr.portailcep.parcours.ui;

import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.Badge;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

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
import com.vaadin.flow.component.textfield.TextFieldBase;

import fr.portailcep.compte.CompteService;
import fr.portailcep.parcours.ActionPlan;
import fr.portailcep.parcours.NatureAction;
import fr.portailcep.parcours.NouvelleAction;
import fr.portailcep.parcours.Objectif;
import fr.portailcep.parcours.OperationRefusee;
import fr.portailcep.parcours.PlanActions;
import fr.portailcep.parcours.PlanActionsService;
import fr.portailcep.parcours.Referentiel;
import fr.portailcep.parcours.Referentiels;
import fr.portailcep.parcours.ValeurReference;
import fr.portailcep.shared.SaisieRefusee;
import fr.portailcep.shared.ui.Saisie;

/**
 * The plan d'actions, for the conseiller: objectives and actions with their status, validate what the person
 * proposed, edit or cancel an action (the former version stays in its history), add objectives and actions with
 * the annexe 2 reference tables.
 */
class OngletPlan extends Div {

    private final UUID beneficiaireId;
    private final PlanActionsService plan;
    private final Referentiels referentiels;
    private final CompteService comptes;
    private final Clock horloge;
    private final Runnable rafraichir;

    OngletPlan(UUID beneficiaireId, boolean avecDossier, PlanActionsService plan, Referentiels referentiels,
            CompteService comptes, Clock horloge, Runnable rafraichir) {
        this.beneficiaireId = beneficiaireId;
        this.plan = plan;
        this.referentiels = referentiels;
        this.comptes = comptes;
        this.horloge = horloge;
        this.rafraichir = rafraichir;
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
        var titre = new Span(action.intitule());
        titre.addClassName("pc-objet-titre");
        var nature = new Span(LibellesAction.nature(this, action, referentiels));
        nature.addClassName("pc-objet-details");
        var echeance = new Span(action.echeance().map(d -> getTranslation(action.estEnRetard(aujourdhui)
                ? "plan.echeance.depassee" : "plan.echeance", Formats.francais().date(d))).orElse(getTranslation("plan.echeance.aucune")));
        echeance.addClassName(action.estEnRetard(aujourdhui) ? "pc-action-retard" : "pc-objet-details");
        var gauche = new Div(titre, nature, echeance);
        action.motifStatut().ifPresent(m -> gauche.add(new Paragraph(getTranslation("plan.motif", m))));
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
        if (!action.validee() && action.statut().active()) {
            var valider = new Button(getTranslation("dossier.plan.valider"),
                    e -> executer(() -> plan.valider(action.id()), "dossier.plan.valider.ok", Map.of()));
            valider.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            valider.setAriaLabel(getTranslation("dossier.plan.valider.aria", action.intitule()));
            outils.add(valider);
        }
        var item = new ListItem(gauche, outils);
        item.addClassName("pc-objet");
        if (action.statut().active()) {
            item.add(modification(action), annulation(action));
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
        var financement = selectReference(Referentiel.FINANCEMENT_FORMATION, "dossier.plan.financement");
        action.financementCode().flatMap(c -> referentiels.valeur(Referentiel.FINANCEMENT_FORMATION, c))
                .ifPresent(financement::setValue);
        financement.setVisible(action.nature().aUnFinancement());
        var enregistrer = new Button(getTranslation("dossier.plan.enregistrer"), e -> executer(() -> plan.modifier(action.id(),
                new NouvelleAction(action.nature(), action.typeCode().orElse(null),
                        financement.getValue() == null ? null : financement.getValue().code(), intitule.getValue(),
                        precisions.getValue(), echeance.getValue())), "dossier.plan.modifier.ok",
                Map.of("intitule", intitule, "precisions", precisions)));
        var formulaire = new Div(intitule, echeance, financement, precisions, enregistrer);
        formulaire.addClassName("pc-formulaire");
        var details = new Details(getTranslation("dossier.plan.modifier"), formulaire);
        details.addClassName("pc-details");
        return details;
    }

    private Details annulation(ActionPlan action) {
        var motif = new TextField(getTranslation("dossier.plan.annuler.motif"));
        motif.setWidthFull();
        Saisie.limiter(motif, ActionPlan.LONGUEUR_MOTIF);
        var annuler = new Button(getTranslation("dossier.plan.annuler.bouton"), e -> {
            if (motif.getValue().isBlank()) {
                motif.setErrorMessage(getTranslation("plan.refus.motif.vide"));
                motif.setInvalid(true);
                return;
            }
            executer(() -> plan.annuler(action.id(), motif.getValue()), "dossier.plan.annuler.ok",
                    Map.of("motif", motif));
        });
        annuler.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var formulaire = new Div(motif, annuler);
        formulaire.addClassName("pc-formulaire");
        var details = new Details(getTranslation("dossier.plan.annuler"), formulaire);
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
        var ajouterObjectif = new Button(getTranslation("dossier.plan.objectif.ajouter"));
        ajouterObjectif.setId("ajouter-objectif");
        ajouterObjectif.setDisableOnClick(true);
        ajouterObjectif.addClickListener(e -> {
            try {
                if (nouvelObjectif.getValue().isBlank()) {
                    nouvelObjectif.setErrorMessage(getTranslation("plan.refus.intitule.vide"));
                    nouvelObjectif.setInvalid(true);
                    return;
                }
                executer(() -> plan.ajouterObjectif(beneficiaireId, nouvelObjectif.getValue()), "dossier.plan.objectif.ok",
                        Map.of("intitule", nouvelObjectif));
            } finally {
                ajouterObjectif.setEnabled(true);
            }
        });
        var ligneObjectif = new Div(nouvelObjectif, ajouterObjectif);
        ligneObjectif.addClassName("pc-formulaire-ligne");
        section.add(new H3(getTranslation("dossier.plan.objectif.titre")), ligneObjectif);

        if (contenu.objectifs().isEmpty()) {
            return section;
        }
        var objectif = new Select<Objectif>();
        objectif.setLabel(getTranslation("dossier.plan.objectif.choix"));
        objectif.setItems(contenu.objectifs().stream().map(PlanActions.Bloc::objectif).toList());
        objectif.setItemLabelGenerator(Objectif::intitule);
        objectif.setValue(contenu.objectifs().getLast().objectif());
        objectif.setId("objectif-action");
        var nature = new Select<NatureAction>();
        nature.setLabel(getTranslation("dossier.plan.nature"));
        nature.setItems(NatureAction.values());
        nature.setItemLabelGenerator(n -> getTranslation("plan.nature." + n.name()));
        nature.setValue(NatureAction.DEMARCHE_PERSONNELLE);
        nature.setId("nature-action");
        var type = new Select<ValeurReference>();
        type.setLabel(getTranslation("dossier.plan.type"));
        type.setItemLabelGenerator(ValeurReference::libelle);
        type.setId("type-action");
        var financement = selectReference(Referentiel.FINANCEMENT_FORMATION, "dossier.plan.financement");
        financement.setId("financement-action");
        Runnable selonNature = () -> {
            var n = nature.getValue();
            type.setVisible(n != null && n.referentielType().isPresent());
            n.referentielType().ifPresent(r -> type.setItems(referentiels.valeurs(r)));
            financement.setVisible(n != null && n.aUnFinancement());
        };
        nature.addValueChangeListener(e -> selonNature.run());
        selonNature.run();
        var intitule = new TextField(getTranslation("dossier.plan.intitule"));
        intitule.setId("intitule-action");
        intitule.setWidthFull();
        Saisie.limiter(intitule, NouvelleAction.LONGUEUR_INTITULE);
        var precisions = new TextArea(getTranslation("dossier.plan.precisions"));
        precisions.setId("precisions-action");
        precisions.setWidthFull();
        Saisie.limiter(precisions, NouvelleAction.LONGUEUR_PRECISIONS);
        var echeance = fr.portailcep.shared.ui.Dates.selecteur(getTranslation("dossier.plan.echeance"));
        echeance.setId("echeance-action");
        var erreur = new Paragraph();
        erreur.addClassName("pc-erreur");
        erreur.getElement().setAttribute("role", "alert");
        var ajouter = new Button(getTranslation("dossier.plan.action.ajouter"));
        ajouter.setId("ajouter-action");
        ajouter.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ajouter.setDisableOnClick(true);
        ajouter.addClickListener(e -> {
            try {
                if (intitule.getValue().isBlank()) {
                    intitule.setErrorMessage(getTranslation("plan.refus.intitule.vide"));
                    intitule.setInvalid(true);
                    return;
                }
                var n = nature.getValue();
                if (n.referentielType().isPresent() && type.getValue() == null) {
                    type.setErrorMessage(getTranslation("plan.refus.type.vide"));
                    type.setInvalid(true);
                    return;
                }
                plan.ajouterAction(objectif.getValue().id(), new NouvelleAction(n,
                        n.referentielType().isPresent() ? type.getValue().code() : null,
                        n.aUnFinancement() && financement.getValue() != null ? financement.getValue().code() : null,
                        intitule.getValue(), precisions.getValue(), echeance.getValue()));
                Notification.show(getTranslation("dossier.plan.action.ok"), 4000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                rafraichir.run();
            } catch (SaisieRefusee refus) {
                Saisie.montrer(refus, Map.of("intitule", intitule, "precisions", precisions));
            } catch (OperationRefusee refus) {
                erreur.setText(getTranslation(refus.cle()));
            } finally {
                ajouter.setEnabled(true);
            }
        });
        var ligne = new Div(objectif, nature, type, financement);
        ligne.addClassName("pc-formulaire-ligne");
        var formulaire = new Div(ligne, intitule, echeance, precisions, ajouter, erreur);
        formulaire.addClassName("pc-formulaire");
        section.add(new H3(getTranslation("dossier.plan.action.titre")), formulaire);
        return section;
    }

    private Select<ValeurReference> selectReference(Referentiel referentiel, String cle) {
        var select = new Select<ValeurReference>();
        select.setLabel(getTranslation(cle));
        select.setItems(referentiels.valeurs(referentiel));
        select.setItemLabelGenerator(v -> v == null ? getTranslation("plan.financement.adefinir") : v.libelle());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("plan.financement.adefinir"));
        return select;
    }

    /** Runs a change; a refused text is said beside its field, which keeps what was typed. */
    private void executer(Runnable changement, String cleSucces, Map<String, ? extends TextFieldBase<?, ?>> champs) {
        try {
            changement.run();
            Notification.show(getTranslation(cleSucces), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            rafraichir.run();
        } catch (SaisieRefusee refus) {
            if (!Saisie.montrer(refus, champs)) {
                Notification.show(Saisie.texte(this, refus), 6000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        } catch (OperationRefusee refus) {
            Notification.show(getTranslation(refus.cle()), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
