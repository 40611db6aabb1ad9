package fr.portailcep.parcours.ui;

import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.Badge;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.compte.CompteService;
import fr.portailcep.parcours.ActionPlan;
import fr.portailcep.parcours.ElementIntrouvable;
import fr.portailcep.parcours.NatureAction;
import fr.portailcep.parcours.OperationRefusee;
import fr.portailcep.parcours.Organisme;
import fr.portailcep.parcours.PlanActionsService;
import fr.portailcep.parcours.Referentiels;
import fr.portailcep.parcours.StatutAction;
import fr.portailcep.shared.SaisieRefusee;
import fr.portailcep.shared.ui.PortailLayout;
import fr.portailcep.shared.ui.Saisie;

/**
 * One action of my plan: start it, say it is done, pause it with a reason ("j'ai un doute" is one), give it up,
 * comment, choose the organisation that delivers the service among all those of the region, and read every
 * revision. Another person's action answers "page not found".
 */
@Route(value = "parcours/actions/:id", layout = PortailLayout.class)
@RolesAllowed("BENEFICIAIRE")
public class MonActionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final List<String> RAISONS_PAUSE = List.of("doute", "temps", "personnel", "attente", "autre");

    private final PlanActionsService plan;
    private final Referentiels referentiels;
    private final CompteService comptes;
    private final Clock horloge;
    private UUID actionId;
    private String titre = "";

    public MonActionView(PlanActionsService plan, Referentiels referentiels, CompteService comptes, Clock horloge) {
        this.plan = plan;
        this.referentiels = referentiels;
        this.comptes = comptes;
        this.horloge = horloge;
        addClassNames("pc-page", "pc-action-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent evenement) {
        var id = Elements.identifiant(evenement);
        if (id.isEmpty()) {
            Elements.introuvable(evenement);
            return;
        }
        try {
            actionId = id.get();
            afficher(plan.action(actionId));
        } catch (ElementIntrouvable e) {
            Elements.introuvable(evenement);
        }
    }

    private void afficher(ActionPlan action) {
        removeAll();
        titre = action.intitule();
        var retour = new Anchor("/parcours/plan", getTranslation("action.retour"));
        retour.addClassName("pc-lien");
        add(retour, new H1(action.intitule()));

        var resume = new Section();
        resume.addClassName("pc-carte");
        resume.setId("resume-action");
        var badges = new Div(Elements.badgeStatut(this, action.statut()));
        badges.addClassName("pc-action-badges");
        if (!action.validee()) {
            badges.add(new Badge(getTranslation("plan.proposee"), "attention"));
        }
        resume.add(badges, Elements.ligne(getTranslation("action.nature"), LibellesAction.nature(this, action, referentiels)),
                Elements.ligne(getTranslation("action.echeance"),
                        action.echeance().map(Formats.francais()::date).orElse(getTranslation("plan.echeance.aucune"))));
        action.precisions().ifPresent(p -> resume.add(new Paragraph(p)));
        action.motifStatut().ifPresent(m -> resume.add(Elements.ligne(getTranslation("action.motif"), m)));
        action.organismeId().flatMap(plan::organisme).ifPresent(o -> {
            var choisi = Elements.ligne(getTranslation("action.organisme.choisi"), o.nom() + " (" + o.commune() + ")");
            choisi.setId("organisme-choisi");
            resume.add(choisi);
        });
        add(resume);

        if (action.statut().active() || action.statut() == StatutAction.FAITE) {
            add(boutons(action));
        }
        if (action.nature() == NatureAction.PRESTATION_COMPLEMENTAIRE && action.statut().active()) {
            add(choixOrganisme(action));
        }
        add(commentaires(action));
    }

    private Section boutons(ActionPlan action) {
        var section = new Section(new H2(getTranslation("action.ouenetesvous")));
        section.addClassName("pc-carte");
        section.setId("avancement");
        var boutons = new Div();
        boutons.addClassName("pc-actions");
        if (action.statut() == StatutAction.A_FAIRE) {
            boutons.add(bouton("action.commencer", "commencer", () -> plan.commencer(actionId), false));
        }
        if (action.statut() == StatutAction.EN_PAUSE) {
            boutons.add(bouton("action.reprendre", "reprendre", () -> plan.reprendre(actionId), false));
        }
        if (action.statut().active()) {
            boutons.add(bouton("action.terminer", "terminer", () -> plan.terminer(actionId), true));
        }
        if (action.statut() == StatutAction.FAITE) {
            boutons.add(bouton("action.rouvrir", "rouvrir", () -> plan.rouvrir(actionId), false));
        }
        section.add(boutons);
        if (action.statut() == StatutAction.A_FAIRE || action.statut() == StatutAction.EN_COURS) {
            section.add(formulaireMotif("pause", true));
        }
        if (action.statut().active()) {
            section.add(formulaireMotif("abandon", false));
        }
        return section;
    }

    private Button bouton(String cle, String id, Runnable action, boolean principal) {
        var bouton = new Button(getTranslation(cle));
        bouton.setId(id);
        bouton.addThemeVariants(ButtonVariant.LUMO_LARGE);
        if (principal) {
            bouton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        bouton.setDisableOnClick(true);
        bouton.addClickListener(e -> executer(action, "action.ok." + id, Map.of()));
        return bouton;
    }

    /** The form to pause (with the reasons offered, a doubt first) or to give up (with a reason typed). */
    private Div formulaireMotif(String nature, boolean avecRaisons) {
        var bloc = new Div();
        bloc.addClassName("pc-formulaire-motif");
        var ouvrir = new Button(getTranslation("action." + nature + ".ouvrir"));
        ouvrir.setId(nature + "-ouvrir");
        ouvrir.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var formulaire = new Div();
        formulaire.addClassName("pc-formulaire");
        formulaire.setVisible(false);
        formulaire.setId(nature + "-formulaire");
        ouvrir.addClickListener(e -> {
            formulaire.setVisible(!formulaire.isVisible());
            ouvrir.getElement().setAttribute("aria-expanded", String.valueOf(formulaire.isVisible()));
        });
        ouvrir.getElement().setAttribute("aria-expanded", "false");

        var raisons = new RadioButtonGroup<String>();
        if (avecRaisons) {
            raisons.setLabel(getTranslation("action.pause.raison"));
            raisons.setItems(RAISONS_PAUSE);
            raisons.setItemLabelGenerator(r -> getTranslation("action.pause.raison." + r));
            raisons.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            raisons.setId("raison-pause");
            formulaire.add(raisons);
        }
        var precision = new TextArea(getTranslation("action." + nature + ".precision"));
        precision.setId(nature + "-precision");
        precision.setWidthFull();
        // Room is left for the reason chosen above, which goes before the text.
        Saisie.limiter(precision, ActionPlan.LONGUEUR_MOTIF - 100);
        precision.addValueChangeListener(ev -> precision.setInvalid(false));
        var valider = new Button(getTranslation("action." + nature + ".valider"));
        valider.setId(nature + "-valider");
        valider.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        valider.setDisableOnClick(true);
        valider.addClickListener(e -> {
            try {
                var raison = avecRaisons ? raisons.getValue() : null;
                if (avecRaisons && raison == null) {
                    raisons.setErrorMessage(getTranslation("action.pause.raison.vide"));
                    raisons.setInvalid(true);
                    return;
                }
                var texte = precision.getValue().strip();
                if ((raison == null || raison.equals("autre")) && texte.isEmpty()) {
                    precision.setErrorMessage(getTranslation("plan.refus.motif.vide"));
                    precision.setInvalid(true);
                    precision.focus();
                    return;
                }
                var motif = raison == null || raison.equals("autre") ? texte
                        : getTranslation("action.pause.raison." + raison) + (texte.isEmpty() ? "" : " – " + texte);
                executer(nature.equals("pause") ? () -> plan.mettreEnPause(actionId, motif)
                        : () -> plan.abandonner(actionId, motif), "action.ok." + nature, Map.of("motif", precision));
            } finally {
                valider.setEnabled(true);
            }
        });
        formulaire.add(precision, valider);
        bloc.add(ouvrir, formulaire);
        return bloc;
    }

    private Section choixOrganisme(ActionPlan action) {
        var section = new Section(new H2(getTranslation("action.organisme.titre")));
        section.addClassName("pc-carte");
        section.setId("choix-organisme");
        var organismes = plan.organismesPour(actionId);
        section.add(new Paragraph(getTranslation("action.organisme.neutralite", organismes.size())));
        if (organismes.isEmpty()) {
            section.add(new Paragraph(getTranslation("action.organisme.aucun")));
            return section;
        }
        var choix = new RadioButtonGroup<Organisme>();
        choix.setLabel(getTranslation("action.organisme.liste"));
        choix.setId("liste-organismes");
        choix.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        choix.setItems(organismes);
        choix.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(o -> {
            var nom = new Span(o.nom());
            nom.addClassName("pc-objet-titre");
            var lieu = new Span(o.adresse().map(a -> a + ", ").orElse("") + o.codePostal().map(c -> c + " ").orElse("")
                    + o.commune() + o.telephone().map(t -> " – " + t).orElse(""));
            lieu.addClassName("pc-objet-details");
            var bloc = new Div(nom, lieu);
            if (o.propreOperateur()) {
                bloc.add(new Badge(getTranslation("action.organisme.propre"), null));
            }
            return bloc;
        }));
        action.organismeId().flatMap(id -> organismes.stream().filter(o -> o.id().equals(id)).findFirst())
                .ifPresent(choix::setValue);
        var valider = new Button(getTranslation("action.organisme.valider"));
        valider.setId("choisir-organisme");
        valider.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        valider.setDisableOnClick(true);
        valider.addClickListener(e -> {
            try {
                if (choix.getValue() == null) {
                    choix.setErrorMessage(getTranslation("action.organisme.vide"));
                    choix.setInvalid(true);
                    return;
                }
                var organisme = choix.getValue().id();
                executer(() -> plan.choisirOrganisme(actionId, organisme), "action.ok.organisme", Map.of());
            } finally {
                valider.setEnabled(true);
            }
        });
        section.add(choix, valider);
        return section;
    }

    private Section commentaires(ActionPlan action) {
        var section = new Section(new H2(getTranslation("action.historique.titre")));
        section.addClassName("pc-carte");
        section.setId("commentaires");
        var commentaire = new TextArea(getTranslation("action.commentaire"));
        commentaire.setId("commentaire");
        commentaire.setWidthFull();
        commentaire.setHelperText(getTranslation("action.commentaire.aide"));
        Saisie.limiter(commentaire, ActionPlan.LONGUEUR_COMMENTAIRE);
        var envoyer = new Button(getTranslation("action.commentaire.envoyer"));
        envoyer.setId("envoyer-commentaire");
        envoyer.addThemeVariants(ButtonVariant.LUMO_LARGE);
        envoyer.setDisableOnClick(true);
        envoyer.addClickListener(e -> {
            try {
                if (commentaire.getValue().isBlank()) {
                    commentaire.setErrorMessage(getTranslation("plan.refus.commentaire.vide"));
                    commentaire.setInvalid(true);
                    return;
                }
                var texte = commentaire.getValue();
                executer(() -> plan.commenter(actionId, texte), "action.ok.commentaire", Map.of("texte", commentaire));
            } finally {
                envoyer.setEnabled(true);
            }
        });
        var formulaire = new Div(commentaire, envoyer);
        formulaire.addClassName("pc-formulaire");
        section.add(formulaire, new HistoriqueAction(action, horloge.getZone(),
                comptes::nomDe, true));
        return section;
    }

    /** Runs a change; a refused text is said beside its field, which keeps what was typed (no redraw then). */
    private void executer(Runnable changement, String cleSucces, Map<String, ? extends TextFieldBase<?, ?>> champs) {
        try {
            changement.run();
            Notification.show(getTranslation(cleSucces), 4000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (SaisieRefusee refus) {
            if (!Saisie.montrer(refus, champs)) {
                Notification.show(Saisie.texte(this, refus), 6000, Notification.Position.BOTTOM_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            return;
        } catch (OperationRefusee refus) {
            Notification.show(getTranslation(refus.cle()), 6000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        afficher(plan.action(actionId));
    }

    @Override
    public String getPageTitle() {
        return titre + " – " + getTranslation("plan.titre") + " – " + getTranslation("portail.nom");
    }
}
