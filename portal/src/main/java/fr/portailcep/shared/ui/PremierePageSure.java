package fr.portailcep.shared.ui;

import org.jsoup.nodes.DataNode;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * The first response of a page carries its view already rendered (Vaadin's {@code eagerServerLoad}, which gives an
 * unknown address or id its HTTP 404): the view's data travel as JSON inside an inline {@code <script>}. Vaadin
 * 25.2 writes that JSON as it is, so a text typed by someone ({@code </script><img onerror=…>} in a name, a
 * subject) would end the script and become HTML in the page of whoever opens it. Every {@code <} of that script is
 * written {@code \u003c} here: the same character for JavaScript (it only occurs inside strings in JSON), never a
 * tag for the HTML parser.
 */
@Component
class PremierePageSure implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent evenement) {
        evenement.addIndexHtmlRequestListener(reponse -> {
            for (var script : reponse.getDocument().select("script[initial]")) {
                var donnees = script.data();
                if (donnees.indexOf('<') >= 0) {
                    script.empty();
                    script.appendChild(new DataNode(echapper(donnees)));
                }
            }
        });
    }

    static String echapper(String script) {
        return script.replace("<", "\\u003c");
    }
}
