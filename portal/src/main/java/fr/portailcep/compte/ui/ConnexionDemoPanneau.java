package fr.portailcep.compte.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

import fr.portailcep.shared.ui.Origine;
import fr.portailcep.compte.ConnexionDemo;

/** Demo only: one button per demo person, clearly labelled as such. */
class ConnexionDemoPanneau extends Section {

    ConnexionDemoPanneau(ConnexionDemo demo) {
        addClassNames("pc-carte", "pc-demo");
        setId("connexion-demo");
        add(new H2(getTranslation("connexion.demo.titre")), new Paragraph(getTranslation("connexion.demo.texte")));
        var liste = new Div();
        liste.addClassName("pc-demo-liste");
        for (var personne : demo.personnes()) {
            var role = new Span(getTranslation("role." + personne.role().name()));
            role.addClassName("pc-demo-role");
            var bouton = new Button();
            bouton.getElement().appendChild(new Span(personne.nomAffiche()).getElement(), role.getElement());
            bouton.setId("demo-" + personne.email().substring(0, personne.email().indexOf('@')).replace('.', '-'));
            bouton.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            bouton.addClassName("pc-demo-bouton");
            bouton.setDisableOnClick(true);
            bouton.addClickListener(e -> Navigateur.posterTicket(this, demo.ticketPour(personne.id(), Origine.courante())));
            liste.add(bouton);
        }
        add(liste, new Paragraph(getTranslation("connexion.demo.boite")));
    }
}
