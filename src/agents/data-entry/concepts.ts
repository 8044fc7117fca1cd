import { foldText } from '../email-sorter/tokenize';

/**
 * Header names, in several languages, for the concepts our targets use. A field of an
 * organization's own schema called "mobile" or "correo" meets the same list.
 */
export const CONCEPT_SYNONYMS: Record<string, string[]> = {
  name: ['name', 'full name', 'contact', 'contact name', 'contact person', 'person', 'nom', 'nom complet', 'nombre', 'nombre completo', 'ansprechpartner', 'kontakt', 'vollstandiger name', 'nome', 'naam', 'nom et prenom', 'nom prenom', 'namn', 'navn', 'nimi', 'imie i nazwisko', 'nome completo', 'volledige naam', 'contactpersoon', 'kontaktperson', 'kontaktperson namn', 'referente', 'persona de contacto', 'contacto', 'contatto', 'interlocuteur', 'contact person name', 'osoba kontaktowa', 'yhteyshenkilo'],
  firstName: ['first name', 'firstname', 'given name', 'vorname', 'prenom', 'nombre de pila', 'forename', 'imie', 'fornamn', 'fornavn', 'etunimi', 'voornaam', 'primeiro nome', 'first'],
  lastName: ['last name', 'lastname', 'surname', 'family name', 'nachname', 'nom de famille', 'apellido', 'apellidos', 'nazwisko', 'efternamn', 'etternavn', 'sukunimi', 'achternaam', 'cognome', 'sobrenome', 'apelido', 'last'],
  company: ['company', 'company name', 'organisation', 'organization', 'org', 'firm', 'firma', 'unternehmen', 'empresa', 'compania', 'societe', 'entreprise', 'account', 'business', 'employer', 'azienda', 'bedrijf', 'bedrijfsnaam', 'organisatie', 'foretag', 'yritys', 'virksomhed', 'selskap', 'societa', 'raison sociale', 'organizacion', 'account name', 'company account', 'nazwa firmy', 'organizacao', 'ragione sociale', 'razon social', 'nom de l entreprise'],
  email: ['email', 'e mail', 'mail', 'email address', 'e mail adresse', 'emailadresse', 'courriel', 'adresse e mail', 'adresse mail', 'correo', 'correo electronico', 'e post', 'e mail adres', 'emailadres', 'epost', 'e postadress', 'sahkoposti', 'posta elettronica', 'correio eletronico', 'adres e mail', 'mail adres', 'email 1', 'e mail 1'],
  phone: ['phone', 'phone number', 'phone #', 'phone no', 'tel', 'telephone', 'telefon', 'telefonnummer', 'telefono', 'mobile', 'mobile phone', 'cell', 'cell phone', 'handy', 'mobil', 'movil', 'portable', 'numero de telephone', 'fon', 'tel nr', 'telefoon', 'telefoonnummer', 'mobiel', 'mobiele nummer', 'telefone', 'celular', 'telemovel', 'tlf', 'puhelin', 'matkapuhelin', 'numero di telefono', 'cellulare', 'telefono movil', 'gsm', 'mobilnummer', 'mobiltelefon', 'business phone', 'work phone', 'mobile number', 'phone 1', 'natel'],
  source: ['source', 'lead source', 'channel', 'quelle', 'herkunft', 'fuente', 'origen', 'origine', 'canal', 'kanal', 'bron', 'bronkanaal', 'kalla', 'kilde', 'lahde', 'zrodlo', 'origem', 'fonte', 'provenienza', 'canale', 'herkomst', 'lead origin', 'how did you hear about us'],
  status: ['status', 'stage', 'lead status', 'state', 'estado', 'statut', 'etat', 'phase', 'fase', 'stadium', 'etapa', 'stato', 'situacao', 'situacion', 'tila', 'pipeline stage', 'deal stage', 'stage name'],
  priority: ['priority', 'prio', 'prioritat', 'prioridad', 'priorite', 'urgency', 'dringlichkeit', 'prioriteit', 'prioritet', 'priorytet', 'prioridade', 'priorita', 'rating', 'lead rating', 'temperature'],
  value: ['value', 'deal value', 'amount', 'deal size', 'revenue', 'budget', 'wert', 'betrag', 'auftragswert', 'valor', 'importe', 'montant', 'valeur', 'potential', 'waarde', 'deal waarde', 'affarsvarde', 'varde', 'verdi', 'arvo', 'wartosc', 'valore', 'valore stimato', 'valor estimado', 'est value', 'estimated value', 'opportunity amount', 'deal amount', 'potentieel', 'expected revenue', 'volume'],
  title: ['title', 'job title', 'position', 'role', 'titel', 'funktion', 'berufsbezeichnung', 'stelle', 'poste', 'fonction', 'cargo', 'puesto', 'designation', 'functie', 'befattning', 'tittel', 'stilling', 'titteli', 'stanowisko', 'ruolo', 'qualifica', 'funcao', 'job role', 'position title'],
  address: ['address', 'postal address', 'street address', 'adresse', 'anschrift', 'strasse', 'direccion', 'domicilio', 'mailing address', 'indirizzo', 'adres', 'adress', 'osoite', 'endereco', 'morada', 'postadress', 'gatuadress', 'adres pocztowy'],
  sku: ['sku', 'item code', 'item number', 'item no', 'item #', 'article no', 'art no', 'article number', 'part #', 'artikel-nr', 'codice', 'codice articolo', 'code', 'reference article', 'n article', 'art nr', 'artikelnummer', 'artikel nr', 'product code', 'part number', 'part no', 'reference', 'ref', 'referencia', 'codigo', 'code article', 'ean', 'artikelnr', 'artnr', 'cod articolo', 'varenummer', 'artikkelnummer', 'tuotenumero', 'indeks', 'kod produktu', 'ref article', 'referentie', 'artikelcode', 'productcode', 'item id', 'product id', 'article id', 'sku code', 'codigo del articulo', 'codigo do produto', 'cod produs'],
  productName: ['name', 'product', 'product name', 'item', 'item name', 'description', 'bezeichnung', 'artikel', 'artikelname', 'produkt', 'produit', 'designation', 'libelle', 'producto', 'articulo', 'descripcion', 'title', 'product title', 'omschrijving', 'benaming', 'benamning', 'beskrivning', 'produktnamn', 'varenavn', 'nimike', 'nazwa', 'nazwa towaru', 'opis', 'descrizione', 'denominazione', 'nome prodotto', 'descricao', 'designacao', 'produto', 'article', 'artikelbezeichnung', 'produktbezeichnung', 'item description', 'product description'],
  quantity: ['quantity', 'qty', 'qty.', 'amount on hand', 'on hand', 'stock', 'count', 'units', 'menge', 'anzahl', 'bestand', 'stuck', 'quantite', 'qte', 'cantidad', 'existencias', 'pcs', 'qta', 'quantita', 'aantal', 'voorraad', 'antal', 'lagersaldo', 'saldo', 'antall', 'beholdning', 'maara', 'ilosc', 'stan', 'giacenza', 'quantidade', 'qtd', 'estoque', 'stock qty', 'inventory qty', 'qty on hand', 'lagerbestand', 'istbestand', 'ist bestand', 'counted', 'gezahlt', 'on stock', 'in stock', 'available', 'inventory'],
  unitPrice: ['unit price', 'price', 'price per unit', 'unit cost', 'cost', 'preis', 'einzelpreis', 'stuckpreis', 'prix', 'prix unitaire', 'pu', 'precio', 'precio unitario', 'coste', 'prezzo', 'prezzo unitario', 'prijs', 'stukprijs', 'eenheidsprijs', 'pris', 'a pris', 'styckpris', 'enhetspris', 'hinta', 'yksikkohinta', 'cena', 'cena jednostkowa', 'cena netto', 'preco', 'preco unitario', 'ek preis', 'ek preis netto', 'vk preis', 'verkaufspreis', 'einkaufspreis', 'cost price', 'list price', 'selling price', 'sale price', 'price net', 'net price', 'nettopreis'],
  location: ['location', 'warehouse', 'bin', 'shelf', 'storage location', 'lager', 'lagerort', 'lagerplatz', 'standort', 'emplacement', 'entrepot', 'ubicacion', 'almacen', 'ubicazione', 'magazzino', 'scaffale', 'locatie', 'magazijn', 'lagerplats', 'plats', 'hylla', 'lokalizacja', 'magazyn', 'regal', 'fach', 'localizacao', 'armazem', 'sijainti', 'varasto', 'bin location', 'location code', 'stellplatz', 'lagerfach', 'posizione'],
};

/** Lower-case, fold accents, turn punctuation into spaces: "Téléphone #" → "telephone #". */
export function normalizeHeader(header: string): string {
  return foldText(header)
    .replace(/[^a-z0-9#]+/g, ' ')
    .trim();
}

/** The concept a field name evokes: "contactEmail" → email, "mobile_phone" → phone. */
export function conceptsForFieldName(fieldName: string): string[] {
  const spaced = normalizeHeader(fieldName.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]/g, ' '));
  const found: string[] = [];
  for (const [concept, synonyms] of Object.entries(CONCEPT_SYNONYMS)) {
    if (concept === 'productName') continue;
    if (normalizeHeader(concept) === spaced || synonyms.includes(spaced)) found.push(concept);
  }
  return found;
}
