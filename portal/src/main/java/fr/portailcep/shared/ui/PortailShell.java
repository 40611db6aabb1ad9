package fr.portailcep.shared.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around every view: Lumo, then the portal's own CSS (themes/), served as plain stylesheets so that no
 * Node build is needed (docs/decisions/DD001).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("portail/portail.css")
@StyleSheet("portail/rendezvous.css")
@StyleSheet("portail/parcours.css")
@StyleSheet("portail/messagerie.css")
@StyleSheet("portail/livrable.css")
@StyleSheet("portail/mediation.css")
@StyleSheet("portail/reclamation.css")
@Viewport("width=device-width, initial-scale=1, viewport-fit=cover")
@Meta(name = "theme-color", content = "#0b4f8a")
@Meta(name = "description", content = "Conseil en évolution professionnelle : un conseil gratuit et confidentiel pour votre vie professionnelle.")
public class PortailShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Portail CEP");
        settings.addFavIcon("icon", "portail/favicon.svg", "any");
    }
}
