package fr.portailcep.operateur.ui;

import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.Badge;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.compte.Compte;
import fr.portailcep.compte.CompteService;
import fr.portailcep.operateur.EquipeService;
import fr.portailcep.operateur.Invitation;
import fr.portailcep.operateur.RegleEquipe;
import fr.portailcep.operateur.Site;
import fr.portailcep.shared.ActeRefuse;
import fr.portailcep.shared.ui.Dates;
import fr.portailcep.shared.ui.EspaceProLayout;
import fr.portailcep.shared.ui.Formulaire;
import fr.portailcep.shared.ui.Origine;

/** The manager's team: invite, change sites, reset a lost access, deactivate someone who left. */
@Route(value = EquipeView.ROUTE, layout = EspaceProLayout.class)
@RolesAllowed("MANAGER")
public class EquipeView extends Div implements HasDynamicTitle {

    static final String ROUTE = "pilotage/equipe";

    private final EquipeService equipe;
    private final CompteService comptes;
    private final Clock horloge;

    private final Div membres = new Div();

    public EquipeView(EquipeService equipe, CompteService comptes, Clock horloge) {
        this.equipe = equipe;
        this.comptes = comptes;
        this.horloge = horloge;
        addClassName("pc-page");

        var invitation = new Div(new H2(getTranslation("equipe.inviter.titre")),
                new InvitationFormulaire(equipe, compte -> {
                    Notification.show(getTranslation("equipe.inviter.envoyee", compte.email()), 5000,
                            Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    rafraichir();
                }));
        invitation.addClassName("pc-carte");
        membres.setId("membres");
        var listeMembres = new Div(new H2(getTranslation("equipe.membres.titre")), membres);
        listeMembres.addClassName("pc-carte");
        add(new H1(getTranslation("equipe.titre")), new Paragraph(getTranslation("equipe.intro")), listeMembres,
                invitation);
        rafraichir();
    }

    private void rafraichir() {
        membres.removeAll();
        var moi = comptes.exigerCompteConnecte();
        var liste = new UnorderedList();
        liste.addClassName("pc-liste-objets");
        for (var membre : equipe.membres()) {
            liste.add(element(membre, membre.compte().id().equals(moi.id())));
        }
        membres.add(liste);
    }

    private ListItem element(EquipeService.Membre membre, boolean estMoi) {
        var compte = membre.compte();
        var titre = new Span(compte.nomAffiche());
        titre.addClassName("pc-objet-titre");
        var badges = new Span();
        badges.add(new Badge(getTranslation("role." + compte.role().name()), null));
        if (estMoi) {
            badges.add(new Badge(getTranslation("equipe.membre.vous"), null));
        }
        if (!compte.actif()) {
            badges.add(new Badge(getTranslation("equipe.membre.desactive"), "alerte"));
        } else if (membre.invitationEnAttente()) {
            badges.add(new Badge(getTranslation("equipe.membre.en-attente"), null));
        }
        var details = new Span(String.join(" · ", List.of(compte.email(),
                membre.sites().isEmpty() ? getTranslation("equipe.membre.sans-site")
                        : getTranslation("equipe.membre.sites",
                                membre.sites().stream().map(Site::nom).collect(Collectors.joining(", "))),
                getTranslation("equipe.membre.cles", membre.cles()),
                compte.derniereConnexion() == null ? getTranslation("equipe.membre.jamais")
                        : getTranslation("equipe.membre.derniere", Formats.francais().dateHeure(compte.derniereConnexion(), horloge.getZone())))));
        details.addClassName("pc-objet-details");
        var texte = new Div(titre, new Text(" "), badges, details);
        var element = new ListItem(texte);
        element.addClassName("pc-objet");
        element.getElement().setAttribute("data-email", compte.email());
        var actions = new Div();
        actions.addClassName("pc-actions");
        // The service gives the acts the rule and the state of the account allow; the page renders them only.
        if (membre.permis(RegleEquipe.Acte.MODIFIER_SITES)) {
            actions.add(bouton("equipe.action.sites", compte, () -> changerSites(membre)));
        }
        if (membre.permis(RegleEquipe.Acte.REINITIALISER_ACCES)) {
            actions.add(bouton("equipe.action.reinitialiser", compte, () -> confirmer(compte,
                    "equipe.action.reinitialiser", ButtonVariant.LUMO_PRIMARY,
                    c -> equipe.reinitialiserAcces(c.id(), Origine.courante()))));
        }
        if (membre.permis(RegleEquipe.Acte.DESACTIVER)) {
            var desactiver = bouton("equipe.action.desactiver", compte, () -> confirmer(compte,
                    "equipe.action.desactiver", ButtonVariant.LUMO_ERROR,
                    c -> equipe.desactiver(c.id(), Origine.courante())));
            desactiver.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(desactiver);
        }
        if (membre.permis(RegleEquipe.Acte.REACTIVER)) {
            actions.add(bouton("equipe.action.reactiver", compte, () -> agir(compte, "equipe.action.reactiver",
                    c -> equipe.reactiver(c.id(), Origine.courante()))));
        }
        if (actions.getComponentCount() > 0) {
            element.add(actions);
        }
        return element;
    }

    private Button bouton(String cle, Compte compte, Runnable action) {
        var bouton = new Button(getTranslation(cle), e -> action.run());
        bouton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bouton.setAriaLabel(getTranslation(cle + ".aria", compte.nomAffiche()));
        return bouton;
    }

    private void confirmer(Compte compte, String cle, ButtonVariant variante, Consumer<Compte> acte) {
        var dialogue = new ConfirmDialog();
        dialogue.setHeader(getTranslation(cle + ".titre", compte.nomAffiche()));
        dialogue.setText(getTranslation(cle + ".texte", compte.nomAffiche()));
        dialogue.setCancelable(true);
        dialogue.setCancelText(getTranslation("commun.annuler"));
        dialogue.setConfirmText(getTranslation(cle));
        dialogue.setConfirmButtonTheme(variante == ButtonVariant.LUMO_ERROR ? "error primary" : "primary");
        dialogue.addConfirmListener(e -> agir(compte, cle, acte));
        dialogue.open();
    }

    private void agir(Compte compte, String cle, Consumer<Compte> acte) {
        try {
            acte.accept(compte);
            Notification.show(getTranslation(cle + ".fait", compte.nomAffiche()), 5000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ActeRefuse refus) {
            erreur(getTranslation(refus.cle(), refus.argumentsEnTableau()));
        }
        rafraichir();
    }

    private void changerSites(EquipeService.Membre membre) {
        var compte = membre.compte();
        var dialogue = new Dialog();
        dialogue.setHeaderTitle(getTranslation("equipe.action.sites.aria", compte.nomAffiche()));
        var choix = new CheckboxGroup<Site>(getTranslation("equipe.inviter.sites"));
        choix.setId("sites-membre");
        var miens = equipe.mesSites();
        choix.setItems(miens);
        choix.setItemLabelGenerator(Site::nom);
        var actuels = membre.sites().stream().map(Site::id).collect(Collectors.toSet());
        choix.setValue(miens.stream().filter(s -> actuels.contains(s.id()))
                .collect(Collectors.toCollection(HashSet::new)));
        var mesIds = miens.stream().map(Site::id).collect(Collectors.toSet());
        var autres = membre.sites().stream().filter(s -> !mesIds.contains(s.id())).map(Site::nom).toList();
        if (!autres.isEmpty()) {
            choix.setHelperText(getTranslation("equipe.sites.autres", String.join(", ", autres)));
        }
        // Whether the member may be left without one of these sites is the server's rule (their other sites count).
        var formulaire = Formulaire.libre().champ(Invitation.CHAMP_SITES, choix);
        dialogue.add(choix, formulaire.erreurs());
        var annuler = new Button(getTranslation("commun.annuler"), e -> dialogue.close());
        var enregistrer = new Button(getTranslation("equipe.action.sites.enregistrer"));
        enregistrer.setId("enregistrer-sites");
        enregistrer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        formulaire.soumettre(enregistrer, rien -> {
            equipe.modifierSites(compte.id(), choix.getValue().stream().map(Site::id).collect(Collectors.toSet()));
            dialogue.close();
            Notification.show(getTranslation("equipe.action.sites.fait", compte.nomAffiche()), 5000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            rafraichir();
        });
        dialogue.getFooter().add(annuler, enregistrer);
        dialogue.open();
    }

    private void erreur(String texte) {
        Notification.show(texte, 6000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("equipe.titre") + " – " + getTranslation("portail.nom");
    }
}
