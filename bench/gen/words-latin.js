// Word lists for US, UK and German customers: names with common-name skew (Smith, Müller),
// company words and legal forms, cities with state/county, postcode shapes and area codes.

// Zipf-like skew: the first names of a list are the common ones, none dominates.
const w = (list) => list.map((name, i) => [name, 1 / (i + 10)]);

export const FIRST = {
  us: w(['James', 'Mary', 'John', 'Patricia', 'Robert', 'Jennifer', 'Michael', 'Linda', 'William', 'Elizabeth',
    'David', 'Barbara', 'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Charles', 'Karen',
    'Christopher', 'Nancy', 'Daniel', 'Lisa', 'Matthew', 'Betty', 'Anthony', 'Margaret', 'Mark', 'Sandra',
    'Donald', 'Ashley', 'Steven', 'Kimberly', 'Paul', 'Emily', 'Andrew', 'Donna', 'Joshua', 'Michelle',
    'Kevin', 'Carol', 'Brian', 'Amanda', 'George', 'Melissa', 'Emma', 'Olivia', 'Ethan', 'Sophia']),
  uk: w(['Oliver', 'Amelia', 'George', 'Isla', 'Harry', 'Ava', 'Jack', 'Emily', 'Charlie', 'Sophie', 'Thomas',
    'Grace', 'James', 'Lily', 'William', 'Olivia', 'Daniel', 'Chloe', 'Samuel', 'Jessica', 'Joshua',
    'Charlotte', 'Alfie', 'Freya', 'Henry', 'Poppy', 'Edward', 'Ruby', 'Rhys', 'Siobhan', 'Niamh', 'Callum', 'Ella', 'Noah', 'Mia', 'Leo', 'Isabella', 'Arthur', 'Evie', 'Oscar', 'Florence', 'Archie', 'Matilda', 'Theo', 'Rosie', 'Finley', 'Imogen']),
  de: w(['Maximilian', 'Sophie', 'Alexander', 'Marie', 'Paul', 'Sophia', 'Leon', 'Maria', 'Lukas', 'Anna',
    'Felix', 'Emma', 'Jonas', 'Hannah', 'Tim', 'Lena', 'Jan', 'Laura', 'Thomas', 'Sabine', 'Michael',
    'Andrea', 'Stefan', 'Claudia', 'Jürgen', 'Jörg', 'Uwe', 'Ute', 'Günter', 'Björn', 'Katrin', 'Matthias', 'Ben', 'Mia', 'Finn', 'Lea', 'Elias', 'Lina', 'Noah', 'Clara', 'Moritz', 'Johanna', 'Henrik', 'Greta', 'Dieter', 'Helga', 'Wolfgang', 'Birgit']),
};

export const LAST = {
  us: w(['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
    'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin',
    'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson',
    'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores', 'Green',
    'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts', "O'Brien",
    'McDonald', 'MacLeod', 'Van Buren', 'DeLuca', 'Kowalski', 'Schwartz', 'Cohen', 'Kim', 'Patel']),
  uk: w(['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright',
    'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke', 'Patel',
    'Khan', 'Hughes', 'Edwards', 'Lewis', 'Turner', 'Hill', 'Cooper', 'Ward', 'Morris', "O'Connor", 'Murphy',
    'Fitzgerald', 'MacDonald', 'Ashworth', 'Pemberton', 'Bennett', 'Shaw', 'Lloyd', 'Harrison', 'Price', 'Mason', 'Palmer', 'Holmes', 'Barker', 'Kaur', 'Singh', 'Begum']),
  de: w(['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann',
    'Schäfer', 'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann',
    'Braun', 'Krüger', 'Hofmann', 'Hartmann', 'Lange', 'Schmitt', 'Werner', 'Schmitz', 'Krause', 'Meier',
    'von der Heide', 'Weiß', 'Groß', 'Jäger', 'Lehmann', 'Köhler', 'Herrmann', 'König', 'Walter', 'Mayer', 'Huber', 'Kaiser', 'Fuchs', 'Peters', 'Lang', 'Scholz', 'Möller', 'Jung', 'Hahn']),
};

export const TITLES = { us: ['Mr.', 'Ms.', 'Mrs.', 'Dr.'], uk: ['Mr', 'Mrs', 'Ms', 'Dr'], de: ['Herr', 'Frau', 'Dr.', 'Prof. Dr.'] };

export const COMPANY_WORDS = ['Acme', 'Apex', 'Summit', 'Pioneer', 'Blue Ridge', 'Northwind', 'Contoso', 'Globex',
  'Initech', 'Pinnacle', 'Evergreen', 'Silverline', 'Redwood', 'Horizon', 'Sterling', 'Atlas', 'Beacon', 'Cascade',
  'Keystone', 'Liberty', 'Meridian', 'Orion', 'Vertex', 'Harbor', 'Granite', 'Maple', 'Crescent', 'Falcon',
  'Lakeside', 'Riverside', 'Westfield', 'Oakridge', 'Brightstar', 'Ironwood', 'Bluewater', 'Goldcrest',
  'Nordlicht', 'Alpen', 'Rhein', 'Elbe', 'Quantum', 'Nova', 'Polaris', 'Sequoia', 'Trident', 'Zenith', 'Copperfield',
  'Hawthorne', 'Kingsbridge', 'Ashford', 'Stonegate', 'Silverbirch', 'Blackstone', 'Greenleaf', 'Highpoint', 'Northgate'];
export const COMPANY_KINDS = {
  us: ['Widgets', 'Systems', 'Solutions', 'Logistics', 'Consulting', 'Software', 'Manufacturing', 'Foods', 'Energy',
    'Health', 'Analytics', 'Partners', 'Industries', 'Holdings', 'Technologies', 'Labs', 'Media', 'Supply', 'Realty'],
  uk: ['Systems', 'Solutions', 'Logistics', 'Consulting', 'Engineering', 'Holdings', 'Trading', 'Partners',
    'Estates', 'Media', 'Software', 'Services', 'Group'],
  de: ['Maschinenbau', 'Logistik', 'Elektrotechnik', 'Software', 'Beratung', 'Bau', 'Immobilien', 'Handel',
    'Medizintechnik', 'Automation', 'Metallbau', 'Systemtechnik'],
};
export const LEGAL = {
  us: [['Inc.', 45], ['LLC', 30], ['Corp.', 10], ['Co.', 5], ['Corporation', 5], ['', 5]],
  uk: [['Ltd', 55], ['Limited', 20], ['PLC', 5], ['LLP', 10], ['', 10]],
  de: [['GmbH', 70], ['AG', 10], ['GmbH & Co. KG', 10], ['e.K.', 5], ['KG', 5]],
};

/** [city, region (short), region (long), postcode prefix / UK outward codes, area codes, weight]. */
export const CITIES = {
  us: [
    ['San Francisco', 'CA', 'California', '941', ['415', '628'], 5], ['Los Angeles', 'CA', 'California', '900', ['213', '310', '323'], 6],
    ['New York', 'NY', 'New York', '100', ['212', '646', '917'], 8], ['Chicago', 'IL', 'Illinois', '606', ['312', '773'], 5],
    ['Boston', 'MA', 'Massachusetts', '021', ['617', '857'], 3], ['Seattle', 'WA', 'Washington', '981', ['206'], 3],
    ['Austin', 'TX', 'Texas', '787', ['512', '737'], 3], ['Denver', 'CO', 'Colorado', '802', ['303', '720'], 2],
    ['Atlanta', 'GA', 'Georgia', '303', ['404', '678'], 3], ['Miami', 'FL', 'Florida', '331', ['305', '786'], 3],
    ['Houston', 'TX', 'Texas', '770', ['713', '832'], 4], ['Phoenix', 'AZ', 'Arizona', '850', ['602', '480'], 3],
    ['Portland', 'OR', 'Oregon', '972', ['503', '971'], 2], ['Dallas', 'TX', 'Texas', '752', ['214', '469'], 3],
    ['San Diego', 'CA', 'California', '921', ['619', '858'], 3],
  ],
  uk: [
    ['London', 'London', 'Greater London', ['SW1A', 'EC1A', 'W1D', 'E14', 'N1', 'SE1', 'NW3'], ['20'], 10],
    ['Manchester', 'Manchester', 'Greater Manchester', ['M1', 'M2', 'M4', 'M14'], ['161'], 3],
    ['Birmingham', 'Birmingham', 'West Midlands', ['B1', 'B2', 'B5', 'B15'], ['121'], 3],
    ['Leeds', 'Leeds', 'West Yorkshire', ['LS1', 'LS2', 'LS6'], ['113'], 2],
    ['Glasgow', 'Glasgow', 'Scotland', ['G1', 'G2', 'G12'], ['141'], 2],
    ['Bristol', 'Bristol', 'Bristol', ['BS1', 'BS2', 'BS8'], ['117'], 2],
    ['Edinburgh', 'Edinburgh', 'Scotland', ['EH1', 'EH2', 'EH3'], ['131'], 2],
  ],
  de: [
    ['Berlin', 'BE', 'Berlin', '10', ['30'], 6], ['München', 'BY', 'Bayern', '80', ['89'], 5],
    ['Hamburg', 'HH', 'Hamburg', '20', ['40'], 4], ['Köln', 'NW', 'Nordrhein-Westfalen', '50', ['221'], 3],
    ['Frankfurt am Main', 'HE', 'Hessen', '60', ['69'], 3], ['Stuttgart', 'BW', 'Baden-Württemberg', '70', ['711'], 3],
    ['Düsseldorf', 'NW', 'Nordrhein-Westfalen', '40', ['211'], 2], ['Leipzig', 'SN', 'Sachsen', '04', ['341'], 2],
  ],
};

export const STREETS = {
  us: ['Main', 'Oak', 'Pine', 'Maple', 'Cedar', 'Elm', 'Washington', 'Lake', 'Hill', 'Park', 'Market', 'Mission',
    'Sunset', 'Lincoln', 'Jefferson', 'Madison', 'Franklin', '2nd', '3rd', '5th', 'Spring', 'Highland'],
  uk: ['High', 'Station', 'Church', 'Victoria', 'Baker', "King's", "Queen's", 'Park', 'Mill', 'London', 'Manor', 'Albert'],
  de: ['Haupt', 'Bahnhof', 'Schiller', 'Goethe', 'Garten', 'Berliner ', 'Linden', 'Kirch', 'Wald', 'Friedrich',
    'Mozart', 'Park', 'Sonnen', 'Rosen', 'Industrie'],
};
/** Street types: [full, abbreviated]. */
export const STREET_TYPES = {
  us: [['Street', 'St.'], ['Avenue', 'Ave.'], ['Boulevard', 'Blvd.'], ['Road', 'Rd.'], ['Drive', 'Dr.'], ['Lane', 'Ln.']],
  uk: [['Road', 'Rd'], ['Street', 'St'], ['Lane', 'Ln'], ['Avenue', 'Ave'], ['Close', 'Cl'], ['Gardens', 'Gdns']],
  de: [['straße', 'str.'], ['weg', 'weg'], ['allee', 'allee'], ['platz', 'pl.']],
};

export const FREE_MAIL = {
  us: [['gmail.com', 40], ['yahoo.com', 12], ['outlook.com', 10], ['hotmail.com', 8], ['aol.com', 3], ['icloud.com', 6]],
  uk: [['gmail.com', 35], ['hotmail.co.uk', 15], ['yahoo.co.uk', 10], ['outlook.com', 10], ['btinternet.com', 6]],
  de: [['gmx.de', 30], ['web.de', 25], ['gmail.com', 20], ['t-online.de', 12], ['outlook.de', 5]],
};

export const DOMAIN_TLD = { us: '.com', uk: '.co.uk', de: '.de' };
