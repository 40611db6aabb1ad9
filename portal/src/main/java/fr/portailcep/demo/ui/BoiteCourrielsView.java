package fr.portailcep.demo.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import fr.portailcep.demo.BoiteCourrielDemo;

/**
 * Demo only: every courriel the portal sent, newest first, as the person would read it. This view has no
 * {@code @Route}: {@link RoutesDemo} registers it when the demo profile is active, so it does not exist elsewhere.
 */
@AnonymousAllowed
public class BoiteCourrielsView extends Div implements HasDynamicTitle {

    static final String CHEMIN = "demo/courriels";

    private final BoiteCourrielDemo boite;
    private final Div liste = new Div();

    public BoiteCourrielsView(BoiteCourrielDemo boite) {
        this.boite = boite;
        addClassNames("pc-page", "pc-boite-demo");
        var rafraichir = new Button(getTranslation("demo.boite.rafraichir"), e -> afficher());
        rafraichir.setId("rafraichir");
        var vider = new Button(getTranslation("demo.boite.vider"), e -> {
            boite.vider();
            afficher();
        });
        vider.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        var actions = new Div(rafraichir, vider);
        actions.addClassName("pc-actions");
        liste.setId("courriels");
        add(new H1(getTranslation("demo.boite.titre")), new Paragraph(getTranslation("demo.boite.texte", boite.port())),
                actions, liste);
        afficher();
    }

    private void afficher() {
        liste.removeAll();
        var messages = boite.messages();
        if (messages.isEmpty()) {
            liste.add(new Paragraph(getTranslation("demo.boite.vide")));
            return;
        }
        for (var message : messages) {
            var resume = new Div(new Span(message.sujet()), new Span(getTranslation("demo.boite.a", message.destinataire())));
            resume.addClassName("pc-boite-resume");
            var apercu = new IFrame();
            // Links open in the same window, as when the person clicks them in their mail app.
            apercu.setSrcdoc(message.html().replace("<head>", "<head><base target=\"_top\">"));
            apercu.setTitle(message.sujet());
            apercu.addClassName("pc-boite-apercu");
            var contenu = new Div(apercu);
            if (!message.piecesJointes().isEmpty()) {
                contenu.add(new Paragraph(getTranslation("demo.boite.pj", String.join(", ", message.piecesJointes()))));
            }
            var details = new Details(resume, contenu);
            details.addClassName("pc-boite-message");
            liste.add(details);
        }
        ((Details) liste.getComponentAt(0)).setOpened(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("demo.boite.titre") + " – " + getTranslation("portail.nom");
    }
}
