import { scareQuoted } from './pattern-helpers';
import type { LanguageRules } from './types';

// "No puedo pagar, la app da error" is a technical problem, not hardship.
const TECHNICAL =
  /\b(?:app|aplicacion|web|pagina|online|en linea|boton|codigo|error\w*|falla\w*|se cuelga|no funciona|carga|bizum|paypal|apple pay|google pay|iniciar sesion|acceder|por adelantado|antes de tiempo|adelantar)\b/;

export const es: LanguageRules = {
  language: 'es',
  letters: 'áéíñóúü¿¡',
  vocabulary: `yo me mi mis mío nosotros nos nuestro nuestra usted ustedes su sus tú te ti tu tus él ella ellos
    lo la los las le les un una unos unas el del al y o pero si porque que qué cuando cuándo cómo como dónde
    cuál quién no nunca nada ningún ninguna todavía aún ya ahora hoy ayer mañana es soy son era fue he ha han
    había hemos puedo puede pueden podría quiero quería quisiera necesito tengo tiene debo gracias hola buenos
    buenas días tardes saludos atentamente favor para con sin sobre en de desde después antes también solo
    muy dinero pago pagos cuota cuotas pedido paquete envío entrega reembolso devolución tarjeta cuenta factura
    cargo cobrado cobro pagado pagar comprado compra semana semanas mes otra vez ayuda recibido enviado
    devuelto inmediatamente mismo`,
  sensitive: {
    self_harm: [
      /\bno me quedan razones para seguir\b|\btermine para siempre\b|\bacabar con todo para siempre\b/,
      /\bnadie se daria (?:ni )?cuenta\b|\bnadie me echaria de menos\b|\bcuando (?:yo )?(?:ya )?no este\b|\bsi yo no estuviera\b/,
      /\b(?:suicid\w*|quitarme la vida|matarme|acabar con (?:mi vida|todo)|no quiero (?:seguir )?viv\w*|quiero morir(?:me)?|hacerme dano|autolesion\w*)/,
      // Despair said sideways: "ya no puedo más", disappearing, being a burden, not waking up.
      /\b(?:ya )?no puedo mas(?=[.!,;]|$| con)|\b(?:mejor|quiero|quisiera|ojala|prefiero|pienso en|ganas de) (?:\w+ ){0,3}?desaparecer\b|\b(?:ser|soy) una carga (?:para|a)\b|\bmejor sin mi\b/,
      /\b(?:no|nunca) (?:volver a )?despertar(?:me)?\b|\bno (?:veo|hay|le veo|encuentro) (?:ninguna )?salida\b|\bsin salida\b|\bcarta de despedida\b|\bno quiero (?:seguir|estar) aqui\b|\b(?:ya )?nada tiene sentido\b|\bno (?:voy a estar|estare) aqui mucho\b/,
    ],
    fraud: [
      /\b(?:direccion)\w*\b.{0,60}\bnunca he vivido\b|\btarjetas robadas\b/,
      /\b(?:correo|email|sms|mensaje|llamada|carta)\w* (?:es )?(?:de verdad|realmente) (?:es )?(?:vuestro|suyo|de ustedes|de vosotros)\b|\bde verdad (?:este|esta) \w+ es (?:vuestro|suyo|vuestra|suya)\b|\ba escondidas\b|\ba mis espaldas\b|\b(?:hermano|hermana|hijo|hija|madre|padre|amigo|pareja)\w*\b.{0,40}\b(?:compras|pedidos|comprado|pedido) (?:\w+ ){0,3}?(?:con|en|desde) mi (?:cuenta|tarjeta)\b/,
      /\b(?:prestamo|credito|contrato)\w* a mi nombre\b|\bnunca he firmado nada\b|\bvendedor\w* (?:ha |se ha )?(?:desaparecido|esfumado|bloqueado)\b|\b(?:era|es) (?:un |una )?(?:estafa|falso|fake|timo)\b/,
      /\bestafa\w*|\bestafad\w*|\btimo\b|\btimad\w*|\bsuplantacion|\bphishing|\bhackead\w*|\bpiratead\w*|\brobo de identidad/,
      /\bno autorizad\w*|\bsin (?:mi )?(?:autorizacion|permiso|consentimiento)\b|\b(?:yo )?no (?:he )?(?:hecho|realizado|autorizado|hice|realice|autorice) (?:\w+ ){0,2}?(?:compra|pago|cargo|transaccion|pedido)\w*|\bnunca (?:he )?(?:hecho|realizado|pedido|comprado|autorizado) (?:\w+ ){0,2}?(?:compra|pago|cargo|transaccion|pedido|nada)\w*/,
      /\b(?:cargo|cobro|pago|compra|movimiento|transaccion)\w* (?:\w+ ){0,4}?(?:desconocid\w*|que no reconozco|no reconozco)|\bno reconozco\b/,
      /\balguien (?:ha|habia|a) (?:\w+ ){0,2}?(?:usado|utilizado|accedido|entrado|comprado|pedido|abierto|solicitado|cambiado)\b|\b(?:abierto|abrieron|pedido|pidieron|solicitado|solicitaron|contratado|contrataron) (?:\w+ ){0,3}?a mi nombre\b/,
      /\b(?:tarjeta|cartera|billetera|monedero|movil|telefono|contrasena|dni)\w* (?:\w+ ){0,4}?(?:robad\w*|perdid\w*|extraviad\w*|clonad\w*|hackead\w*)\b/,
      // Purchases not made by me: "un pedido de 900 € que no he hecho"; an account taken over.
      /\b(?:compra|pedido|pago|cargo|cobro|transaccion|movimiento)\w*\b.{0,60}?\bque no (?:he |hice |habia |hemos )?(?:hecho|realizado|autorizado|pedido|comprado|hice|reconozco)\b|\b(?:nunca|jamas) (?:he sido|fui) cliente\b|\bnunca me he registrado\b/,
      /\bme (?:han|ha) cambiado (?:el|la) (?:correo|contrasena|email|telefono|numero)|\b(?:han|alguien ha) (?:entrado|accedido) (?:en|a) mi cuenta|\bme han (?:hackeado|robado|pirateado) la cuenta|\b(?:clonado|duplicado|copiado) (?:\w+ ){0,2}?(?:tarjeta|datos)\b/,
      /\b(?:web|tienda|pagina|empresa|app)\w*,? (?:de la que|del que|que) nunca (?:he )?(?:oido hablar|usado|visitado|comprado)|\bde (?:las|la|los|el) que no se nada\b|\bque no conozco de nada\b/,
      /\bdiciendo que (?:era|eran) (?:del|de la|de) (?:banco|vuestr\w*|su|policia|casework)|\ble di (?:el|mi|los|la) (?:codigo|contrasena|pin|datos|clave)\b|\bcodigos (?:\w+ ){0,4}?que no he pedido\b|\bintentando (?:entrar|acceder) (?:en|a) mi cuenta\b/,
      /\b(?:el|ella|mi ex|ex|alguien|pareja)\b.{0,20}\b(?:sabe|conoce|tiene) (?:\w+ )?mi (?:contrasena|clave|pin|codigo)\b|\b(?:cambiado|modificado)\b.{0,40}\bsin que yo\b|\bhan cambiado mi (?:correo|contrasena|email|telefono)\b/,
      /\b(?:aduanas?|gastos de envio)\b.{0,60}\benlace|\benlace\b.{0,60}\b(?:aduana|gastos de envio)|\bpague (?:por|a traves de|desde|con) el enlace\b/,
      // Phishing: a message that looked like ours, a link, card details given away.
      /\b(?:sms|mensaje|correo|email|llamada|enlace|link)\w*\b.{0,60}\b(?:parecia (?:ser )?(?:de|vuestro|suyo)|haciendose pasar por|en (?:su|vuestro) nombre|supuestamente de)\b|\b(?:pinche|pinchado|hice clic|clic) en (?:el|un) (?:enlace|link)\b.{0,80}\b(?:tarjeta|datos bancarios|datos de (?:la tarjeta|pago))\b/,
      /\bdenuncia (?:en|a|ante) la (?:policia|guardia civil)|\bpolicia\b|\bguardia civil\b|\bmossos\b|\bertzaintza\b/,
      /\bme (?:han )?robad\w* (?:\w+ ){0,2}?(?:tarjeta|cartera|billetera|movil|bolso)|\bhe perdido (?:mi |la )?(?:tarjeta|cartera|billetera)|\brobo de (?:mi |la )?(?:tarjeta|cartera)/,
    ],
    hardship: [
      /\b(?:estoy|estare|estar) de baja\b|\bsueldo reducido\b|\bno (?:voy a poder|podre) con (?:los pagos|las cuotas)\b|\boperaron de urgencia\b/,
      /\bcovid persistente\b|\bno puedo trabajar\b|\bcarcel\b|\bprision\b|\bun solo sueldo\b|\bjustos de dinero\b|\bvamos (?:muy )?justos\b/,
      {
        match:
          /\bno (?:\w+ ){0,2}?(?:puedo|podre|podria|consigo|llego a) (?:\w+ ){0,2}?(?:pagar|abonar|afrontar|hacer frente)\b|\bno me alcanza\b|\bno tengo (?:\w+ )?dinero\b|\bno llego a fin de mes/,
        unless: TECHNICAL,
      },
      /\bdificultades? (?:economicas?|financieras?)|\bproblemas? (?:economicos?|financieros?|de dinero)|\bsituacion (?:economica )?(?:dificil|complicada|precaria)|\bapuros? economicos|\b(?:mis|muchas|tengo|con) deudas\b|\bendeudad\w*|\bembargo\w*|\bmoros[oa]s?\b|\basnef\b|\brecobro/,
      /\b(?:perdido|perdi|perder) (?:mi |el )?(?:trabajo|empleo|sueldo|ingresos)|\ben (?:el )?paro\b|\bdesemplead\w*|\bdespedid\w*|\bdespido\b|\berte\b|\bsin trabajo|\bsubsidio/,
      /\benferm\w*|\b(?:en el|al|del) hospital\b|\bhospitaliz\w*|\bcancer\b|\bquimio\w*|\bdiagnosticad\w*|(?<!por )\baccidente\b|\bdiscapacidad|\bminusvali\w*|\bdemencia|\balzheimer|\bdepresion|\bdeprimid\w*|\bansiedad|\bsalud mental|\bludopatia|\badiccion/,
      /\bfallecid\w*|\bfallecio|\bfallecimiento|\bmurio\b|\bmuerte\b|\bfuneral\w*|\bentierro|\bviud[oa]s?\b|\bluto\b/,
      /\bviolencia (?:de genero|domestica)|\btutor legal|\bcuratela|\bpoder notarial/,
      /\badict[oa] al juego\b|\b(?:pareja|marido|mujer|novi[oa]) me ha dejado\b|\bme (?:he )?quedad[oa] sol[oa]\b|\b(?:madre|padre) solter[oa]\b|\bno me llega (?:ni )?para comer\b|\bno llego ni para comer\b/,
      /\bno se (?:\w+ )?como (?:voy a |vamos a )?(?:pagar|salir|hacer frente|afrontar)\b|\bde baja (?:por|medica|laboral)\b|\bbaja medica\b|\bestoy de baja\b|\bingresad[oa] en (?:el )?hospital|\boperad[oa]\b/,
      /\b(?:problema|adiccion) (?:con el|al) juego\b|\bapostar\b|\bapuestas\b|\bcasino\w*|\bautoprohibicion|\brgiaj\b|\bjugador compulsivo|\bherederos?\b|\bherencia\b|\btestamento\b|\bnotario\b/,
      // Economic abuse: a partner who made me buy, debts in my name.
      /\b(?:ex|expareja|exmarido|exnovi[oa]|ex-\w+)\b.{0,80}\b(?:obligaba|obligo|obligado|obligada|forzo|amenaz\w*)\b|\bme (?:obligaba|obligo|forzaba|forzo) a\b/,
    ],
    privacy: [
      /\b(?:retiro|revoco) (?:mi )?consentimiento\b|\bgrabaciones de (?:mis |las )?llamadas\b/,
      /\b(?:datos|informacion)\b.{0,40}\bsobre mi\b|\b(?:como|quien) (?:ha|han) conseguido\b.{0,40}?\bmi (?:numero|telefono|correo|direccion)\b/,
      /\brgpd\b|\blopd\w*|\baepd\b|\bproteccion de datos|\bderecho (?:al olvido|de acceso|de supresion)|\bfiltracion de datos/,
      /\bdatos personales\b.{0,40}\b(?:borr\w*|elimin\w*|suprim\w*|acceso|copia|vend\w*|compart\w*|cedid\w*|filtr\w*)|\b(?:borr\w*|elimin\w*|suprim\w*|vend\w*|compart\w*|cedid\w*|filtr\w*)\b.{0,30}\bmis datos\b/,
    ],
    legal: [
      /\bilegal\w*|\babusiv[oa]s?\b|\bley de consumidores\b/,
      /\babogad\w*|\bdemandar\w*|\bdemandare\w*|\b(?:poner|presentar|interponer) una demanda|\buna demanda (?:contra|judicial)|\btribunal\w*|\bjuzgado\w*|\bjuicio\b|\bacciones legales|\bmedidas legales|\bvia judicial|\bdenuncia\w*|\bburofax/,
    ],
    regulator: [
      /\bbanco de espana|\bomic\b|\boficina de consumo|\bministerio de consumo|\ba consumo\b|\bocu\b|\bfacua\b|\bhoja de reclamaciones|\bdefensor del (?:cliente|consumidor|pueblo)|\bcnmv\b|\bombuds\w*/,
    ],
    complaint: [
      /\b(?:descontent|insatisfech)\w* con (?:su |vuestro |el |la )?(?:servicio|atencion|trato|respuesta|decision|gestion)/,
      /\bescal\w* a (?:un )?superior\b|\bque lo escalen\b/,
      /\bqueja\w*|\bquejar\w*|\breclamacion\w*|\breclamo\b/,
      /\bhablar con (?:un|una|el|la|su) (?:responsable|supervisor\w*|encargad\w*|jefe|gerente)\b/,
    ],
  },
  negation: /\b(?:no|sin|ningun|ninguna|nunca|ni)\s+(?:\w+\s+)?$/,
  anger: {
    profanity:
      /\b(?:mierda\w*|joder|jodid\w*|cabron\w*|puta\w*|puto\w*|cono|carajo|hostia\w*|me cago|gilipollas|pendej\w*|chingad\w*)\b/,
    insult:
      /\b(?:idiotas?|incompetentes?|inutiles?|ladron\w*|estafador\w*|sinverguenzas?|mentiros\w*|chorizos|payasos?|vergonzoso|verguenza|lamentable\w*|patetic\w*|ridicul\w*|sanguijuelas|buitres|chupasangres|(?:hacer|hagan|hacen|haced) (?:su|vuestro) trabajo)\b/,
    address: /\b(?:sois|ustedes son|son unos|eres|vuestra empresa es)\b/,
    fedUp:
      /\b(?:estoy hart[oa]|hart[oa]|hasta las narices|ya basta|es una broma|una tomadura de pelo|la gota que colma|furios\w*|enfadad\w*|cabread\w*|indignad\w*|inaceptable|indignante|increible|de verguenza|perdida de tiempo|asi (?:tratan|tratais) a (?:sus |los )?clientes|asi me trat\w*|circo|cachondeo|(?:le|les|os) da igual|les importa (?:un bledo|un pimiento|poco|nada))\b/,
    sarcasm: new RegExp(
      [
        /\b(?:gracias por nada|(?:oh|ah|vaya),? (?:genial|estupendo|perfecto|fantastico|maravilloso|que bien)|bravo|muy bien hecho|buen trabajo,? (?:chicos|casework|equipo)|que sorpresa|menuda sorpresa|genial,? de verdad)\b/
          .source,
        // Thanks for a penalty: "gracias por el recargo".
        /\bgracias (?:\w+ ){0,3}?por (?:el|la|los|las) (?:\w+ )?(?:recargo\w*|comision\w*|penalizacion\w*|intereses|multa)\b|\bestoy segur[oa] de que (?:estan|estais) (?:muy )?ocupad[oa]s/
          .source,
        scareQuoted('ayuda|servicio|atencion al cliente|soporte|respuesta|reembolso|solucion|equipo'),
      ].join('|'),
    ),
    praise:
      /\b(?:genial\w*|estupend\w*|perfect\w*|fantastic\w*|maravillos\w*|excelente\w*|increible|magnific\w*|buenisim\w*|de diez|un diez|enhorabuena|impresionante|chapo|10\/10|cinco estrellas|de lujo)\b/,
    failure:
      /\b(?:fallid\w*|fallo\w*|rechazad\w*|denegad\w*|error\w*|roto|cobrado dos veces|cobro doble|no (?:ha )?(?:llegado|recibido|funcionado|devuelto)|nunca (?:ha )?llegado|todavia no|aun no|sigo sin|sin respuesta|otra vez|de nuevo|perdid\w*|desaparecid\w*|recargo\w*|comision\w*|penalizacion\w*|a tiempo|puntual\w*|aun asi|en espera|me colgaron|respuesta automatica|esperando|equivocad\w*)\b/,
    demand:
      /\b(?:quiero|exijo|exigo|espero|necesito) (?:\w+ ){0,3}?(?:dinero|reembolso|devolucion|que me devuelvan)\b|\bdevuelvan(?:me)? (?:\w+ ){0,2}?dinero\b/,
    repeated:
      /\b(?:(?:segunda|tercera|cuarta|quinta|enesima|\d+a) vez (?:\w+ ){0,3}?(?:escribo|llamo|contacto|reclamo|pregunto|que escribo)|(?:escrito|llamado|contactado|reclamado) (?:\w+ ){0,3}?(?:veces|varias veces|mil veces|una y otra vez)|(?:sigo|seguimos) sin (?:respuesta|noticias|contestacion)|nadie (?:me )?(?:ha )?(?:respondido|contestado|llamado|ayuda|lee)|me (?:estan )?ignorando|semanas sin respuesta|llevo (?:\w+ ){0,2}?(?:semanas|meses|dias) esperando|respuesta que no sea automatica|(?:mi|el) (?:segundo|tercer|cuarto|quinto) (?:correo|email|mensaje)|alguien (?:\w+ ){0,2}?(?:revisara|revise|lea|leyera) (?:\w+ )?(?:mi caso|de una vez|de verdad)|respuestas? (?:automaticas?|distintas|diferentes|contradictorias)|(?:minutos|horas) (?:en espera|al telefono)|leeis (?:los )?(?:correos|mensajes) (?:siquiera|alguna vez)|(?:siquiera|acaso) leeis|(?:semanas|meses) esperando|(?:habeis|han|has) vuelto a (?:mandar|enviar|cobrar|cargar)|(?:una hora|horas|minutos) esperando al telefono|cada (?:mes|vez|semana) (?:el |la |lo )?mismo|(?:todavia|aun|sigo) sin (?:dinero|reembolso)|ya es mi (?:segundo|tercer|cuarto|quinto|sexto)|nadie ha llamado|prometia una llamada\b.{0,60}\b(?:nadie|nunca)|dia \d+ de espera|dia \d+ esperando)\b/,
    threat:
      /\b(?:(?:cancelar|cancelo|cerrar|cierro|borrar|(?:me )?(?:doy|dar|darme|dare) de baja) (?:\w+ ){0,3}?(?:todo|todas mis \w+)|(?:nunca|jamas) (?:mas|volvere a) (?:\w+ ){0,2}?(?:comprar|usar|pedir|recomendar)|no volvere a (?:comprar|usar|pedir)|dejare de (?:utilizar|usar|comprar)|me (?:doy|dare) de baja|me cambio a (?:la competencia|otra)|han perdido un cliente)\b/,
    public:
      /\b(?:(?:mala|negativa|pesima) (?:resena|opinion|valoracion)|(?:publicar|contar|compartir|escribir|poner|subir)\w* (?:\w+ ){0,4}?en (?:twitter|x|facebook|instagram|tiktok|trustpilot|youtube|google|redes sociales|las redes|todas las redes|resenas)|(?:ir|acudir|contactar|voy|ire|acudo|acudire) (?:a )?(?:la prensa|los medios|la television|los periodicos)|avisar a todo el mundo|compartire mi experiencia|lo cuento en)\b/,
    resigned:
      /\b(?:olvidenlo|olvidalo|da igual|me rindo|para que (?:escribo|me molesto)|pagare (?:el recargo|y ya)|no merece la pena (?:reclamar|escribir)|(?:me libro|librarme) de (?:ustedes|vosotros))\b/,
    loyalty:
      /\bcliente (?:fiel|desde hace|de toda la vida)\b|\b(?:llevo|anos) (?:\w+ ){0,2}?anos (?:siendo cliente|con ustedes)\b/,
    ultimatum:
      /\b(?:de lo contrario|en caso contrario|o si no|ultima oportunidad|ultimo aviso)\b|\bsi no (?:\w+ ){0,3}?(?:hoy|manana|antes del?|en \d+|el (?:lunes|martes|miercoles|jueves|viernes))\b/,
  },
  topics: {
    refunds: /\b(?:reembols\w*|devoluci\w*|devolv\w*|devuelt\w*|devuelv\w*|abono\w*|desistimiento)\b/g,
    delivery:
      /\b(?:entreg\w*|envio\w*|enviad\w*|paquete\w*|mensajer\w*|transportista\w*|seguimiento|llegad\w*|llego|correos|seur|repartidor\w*)\b/g,
    payments:
      /\b(?:pag\w*|cuota\w*|plazo\w*|cobr\w*|cargo\w*|vencimiento\w*|recargo\w*|comision\w*|interes\w*|factura\w*|extracto\w*|saldo|importe|tarjeta\w*|rechazad\w*|adelantad\w*|domiciliacion)\b/g,
    account:
      /\b(?:cuenta|iniciar sesion|acceder|acceso|contrasena\w*|correo\w*|email|telefono|verific\w*|app|aplicacion|perfil|usuario|codigo\w*|limite\w*)\b/g,
    orders: /\b(?:pedid\w*|compr\w*|articulo\w*|producto\w*|tienda\w*|comercio\w*|carrito|caja)\b/g,
  },
  sentiment: {
    lexicon: `malo:-2 mala:-2 pesimo:-3 pesima:-3 horrible:-3 terrible:-3 fatal:-3 desastre:-3 decepcionado:-2
      decepcionada:-2 decepcion:-2 enfadado:-3 enfadada:-3 furioso:-4 molesto:-2 inaceptable:-3 vergonzoso:-3
      indignante:-3 lamentable:-3 ridiculo:-2 triste:-2 odio:-3 peor:-3 bien:2 bueno:2 buena:2 genial:3
      gracias:2 contento:2 contenta:2 satisfecho:2 amable:2 rapido:1 perfecto:3 excelente:4 estupendo:3
      fantastico:4`,
    negators: ['no', 'nunca', 'ni', 'sin'],
  },
};
