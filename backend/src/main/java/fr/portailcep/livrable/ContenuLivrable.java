package fr.portailcep.livrable;

/**
 * A document of a unit of work, as its template sees it: the template's name under {@code templates/} and the
 * record itself, given to the template as {@code livrable}.
 */
public interface ContenuLivrable {

    /** The template's path under {@code templates/}, with its extension ({@code livrables/etat-des-lieux.html}). */
    String gabarit();
}
