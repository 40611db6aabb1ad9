package fr.portailcep.livrable.ui;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;

import fr.portailcep.livrable.LivrablesService;
import fr.portailcep.shared.ui.Carte;
import fr.portailcep.shared.ui.CarteAccueil;
import fr.portailcep.shared.ui.OngletDossier;
import fr.portailcep.shared.ui.Public;

/** The livrables in the conseiller's dossier (a tab) and on the person's home (a card). */
@Configuration(proxyBeanMethods = false)
class MenuLivrables {

    /** The dossier's tab "Livrables", for the conseiller. */
    @Bean
    OngletDossier ongletLivrables(LivrablesService livrables, Clock horloge) {
        return new OngletDossier() {
            @Override
            public String id() {
                return "onglet-livrables";
            }

            @Override
            public String cleLibelle() {
                return "dossier.onglet.livrables";
            }

            @Override
            public int ordre() {
                return 10;
            }

            @Override
            public Component creer(UUID beneficiaireId) {
                return new OngletLivrables(beneficiaireId, livrables, horloge);
            }
        };
    }

    /**
     * Shown once the person has a document; first on the home, and prominent, when one waits for their signature.
     * No entry in the bottom navigation: a sixth entry does not fit at 360 px ("Documents" and "Messages" broke in
     * the middle of the word).
     */
    @Bean
    CarteAccueil carteDocuments(LivrablesService livrables) {
        return CarteAccueil.de(Set.of(Public.BENEFICIAIRE), 5, () -> {
            var documents = livrables.mesDocuments();
            if (documents.isEmpty()) {
                return null;
            }
            var aSigner = documents.stream().filter(MonDocumentView::attendMaSignature).count();
            var texte = new Paragraph();
            texte.setText(aSigner > 0 ? texte.getTranslation("accueil.documents.a.signer", aSigner)
                    : texte.getTranslation("accueil.documents.nombre", documents.size()));
            var lien = new Anchor("/mes-documents", texte.getTranslation("accueil.documents.lien"));
            lien.addClassNames("pc-bouton-lien", aSigner > 0 ? "pc-bouton-principal" : "pc-bouton-secondaire");
            lien.setId("lien-mes-documents");
            var carte = new Carte(texte.getTranslation("accueil.documents.titre"), texte, lien);
            carte.setId("carte-documents");
            if (aSigner > 0) {
                carte.addClassName("pc-livrables-a-signer");
            }
            return carte;
        });
    }
}
