package fr.portailcep.satisfaction.ui;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

import fr.portailcep.satisfaction.MesScores;
import fr.portailcep.satisfaction.SatisfactionService;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.Carte;
import fr.portailcep.shared.ui.CarteAccueil;
import fr.portailcep.shared.ui.EntreeMenu;
import fr.portailcep.shared.ui.Public;

/**
 * The manager's quality entry, the person's card of an open survey, and the conseiller's card of their own score
 * (shown from five answers only).
 */
@Configuration(proxyBeanMethods = false)
class MenuSatisfaction {

    @Bean
    EntreeMenu menuQualite() {
        return new EntreeMenu("menu.qualite", QualiteView.CHEMIN, VaadinIcon.SMILEY_O, 55, Set.of(Public.MANAGER));
    }

    @Bean
    CarteAccueil carteMonAvis(SatisfactionService satisfaction) {
        return CarteAccueil.de(Set.of(Public.BENEFICIAIRE), 40, () -> satisfaction.monEnqueteOuverte().map(e -> {
            var contenu = new Div();
            contenu.setId("carte-mon-avis");
            contenu.add(new Paragraph(contenu.getTranslation(e.sansReponse() ? "carte.avis.texte" : "carte.avis.modifier")));
            var lien = new Anchor("/" + MonAvisView.chemin(e.id()), contenu.getTranslation("carte.avis.lien"));
            lien.addClassNames("pc-bouton-lien", "pc-bouton-principal");
            contenu.add(lien);
            return new Carte(contenu.getTranslation("carte.avis.titre"), contenu);
        }).orElse(null));
    }

    @Bean
    CarteAccueil carteMesScores(SatisfactionService satisfaction) {
        return CarteAccueil.de(Set.of(Public.CONSEILLER), 60, () -> {
            var contenu = new Div();
            contenu.setId("carte-mes-scores");
            MesScores scores = satisfaction.mesScores();
            scores.part().ifPresentOrElse(p -> {
                var chiffre = new Paragraph(contenu.getTranslation("carte.scores.part",
                        Formats.francais().pourcentage(p.valeur().orElse(0)), p.reponses()));
                chiffre.addClassName("pc-chiffre-valeur");
                contenu.add(chiffre);
            }, () -> contenu.add(new Paragraph(contenu.getTranslation("carte.scores.attente", scores.reponses(),
                    MesScores.REPONSES_MINIMUM))));
            contenu.add(new Paragraph(contenu.getTranslation("carte.scores.definition")));
            return new Carte(contenu.getTranslation("carte.scores.titre"), contenu);
        });
    }
}
