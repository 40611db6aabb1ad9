package fr.portailcep.compte;

import java.util.Set;

/**
 * The origins a passkey ceremony may come from, as the web layer knows them (including a test server's port, known
 * only once it listens). The sign-in ceremony and the signing ceremony ({@code signature}) accept the same set.
 */
public interface OriginesCeremonies {

    Set<String> origines();
}
