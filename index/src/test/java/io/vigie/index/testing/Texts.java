package io.vigie.index.testing;

/** Realistic article texts for story grouping tests. */
public final class Texts {
    private Texts() {
    }

    /** A realistic wire story (about 200 words); its copies on other sites add a credit line or a dateline. */
    public static final String WIRE = "Le Vieux-Port de Marseille sera entièrement rénové avant les Jeux méditerranéens, a annoncé mardi la Métropole Aix-Marseille-Provence. Les travaux, estimés à 40 millions d'euros, commenceront en janvier et dureront dix-huit mois. Les quais seront piétonnisés et une nouvelle navette maritime reliera le port à l'Estaque.\n\nLes commerçants redoutent une baisse de fréquentation pendant le chantier, tandis que les associations saluent un projet attendu depuis vingt ans. « C'est une transformation historique pour le centre-ville », a déclaré la présidente de la Métropole lors d'une conférence de presse au Pharo. Le calendrier prévoit une première tranche sur le quai de Rive-Neuve, puis une seconde sur le quai du Port, afin de maintenir l'accès aux bateaux de pêche et à la navette du Frioul.\n\nLe financement associe l'Etat, la Région Provence-Alpes-Côte d'Azur et la Ville de Marseille. Une concertation publique s'ouvrira en décembre dans les mairies de secteur, et les habitants pourront consulter les plans en ligne. Les opposants dénoncent un coût élevé et réclament davantage d'arbres sur les quais, tandis que la chambre de commerce espère un effet positif sur le tourisme de croisière.";
    public static final String OTHER = "Un incendie a parcouru 300 hectares dans le massif des calanques dimanche. "
            + "Les pompiers ont mobilisé huit canadairs et quatre cents hommes pour fixer le feu avant la nuit. "
            + "Aucune habitation n'a été touchée mais plusieurs sentiers resteront fermés toute la semaine.";

}
