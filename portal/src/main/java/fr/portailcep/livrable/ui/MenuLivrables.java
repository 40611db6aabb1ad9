package fr.portailcep.livrable.ui;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

import fr.portailcep.livrable.LivrablesService;
import fr.portailcep.shared.ui.Carte;
import fr.portailcep.shared.ui.CarteAccueil;
import fr.portailcep.shared.ui.EntreeMenu;
import fr.portailcep.shared.ui.Public;

/** "Mes documents" in the person's navigation (with the count waiting for their signature) and on their home. */
@Configuration(proxyBeanMethods = false)
class MenuLivrables {

    @Bean
    EntreeMenu menuDocuments(LivrablesService livrables) {
        return new EntreeMenu("menu.documents", "mes-documents", VaadinIcon.FILE_TEXT_O, 25,
                Set.of(Public.BENEFICIAIRE), () -> aSigner(livrables));
    }

    /** Shown only when a document waits for the person's signature: then it is what matters most. */
    @Bean
    CarteAccueil carteDocumentsASigner(LivrablesService livrables) {
        return CarteAccueil.de(Set.of(Public.BENEFICIAIRE), 5, () -> {
            var nombre = aSigner(livrables);
            if (nombre == 0) {
                return null;
            }
            var texte = new Paragraph();
            texte.setText(texte.getTranslation("accueil.documents.a.signer", nombre));
            var lien = new Anchor("/mes-documents", texte.getTranslation("accueil.documents.lien"));
            lien.addClassNames("pc-bouton-lien", "pc-bouton-principal");
            var carte = new Carte(texte.getTranslation("accueil.documents.titre"), texte, lien);
            carte.setId("carte-documents");
            return carte;
        });
    }

    private static long aSigner(LivrablesService livrables) {
        return livrables.mesDocuments().stream().filter(MonDocumentView::attendMaSignature).count();
    }
}
