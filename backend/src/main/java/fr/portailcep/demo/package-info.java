/**
 * Données de démonstration (profil {@code demo} seulement) : un opérateur, ses sites, son équipe, un médiateur et
 * des bénéficiaires à différentes étapes. Chaque fonctionnalité ajoute son jeu de données ici, dans sa propre
 * classe {@link fr.portailcep.demo.JeuDeDonneesDemo}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Démonstration")
package fr.portailcep.demo;
