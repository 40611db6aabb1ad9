package fr.portailcep.parcours.ui;

import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.Badge;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import fr.portailcep.parcours.LigneSuivi;
import fr.portailcep.parcours.Urgence;

/** The caseload as a list, most urgent first: who, which unit, and what is urgent. */
class LignesPortefeuille extends UnorderedList {

    LignesPortefeuille(List<LigneSuivi> lignes) {
        addClassNames("pc-liste-objets", "pc-portefeuille");
        for (var ligne : lignes) {
            var nom = new Anchor("/conseiller/dossiers/" + ligne.beneficiaireId(), ligne.nom());
            nom.addClassName("pc-objet-titre");
            var details = new Span(ligne.uniteEnCours()
                    .map(u -> getTranslation("portefeuille.unite", u.uo().libelle(), u.numero().affiche(),
                            u.finDeDelai().map(Formats.francais()::date).orElse("—")))
                    .orElse(getTranslation("portefeuille.sansunite")));
            details.addClassName("pc-objet-details");
            var gauche = new Div(nom, details);
            var urgences = new Div();
            urgences.addClassName("pc-urgences");
            if (ligne.referent()) {
                urgences.add(new Badge(getTranslation("portefeuille.referent"), null));
            }
            for (var urgence : ligne.urgences()) {
                urgences.add(new Badge(Elements.texte(this, urgence.libelle()), variante(urgence.type())));
            }
            var item = new ListItem(gauche, urgences);
            item.addClassNames("pc-objet", "pc-ligne-suivi");
            add(item);
        }
    }

    private static String variante(Urgence.Type type) {
        return switch (type) {
            case FIN_UNITE, PREMIER_ECHANGE, ACTION_EN_RETARD -> "alerte";
            case MESSAGE_EN_ATTENTE, PROPOSITION_A_VALIDER -> "attention";
            default -> null;
        };
    }
}
