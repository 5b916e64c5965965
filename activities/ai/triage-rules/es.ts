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
      /\b(?:suicid\w*|quitarme la vida|matarme|acabar con (?:mi vida|todo)|no quiero (?:seguir )?viv\w*|quiero morir(?:me)?|hacerme dano|autolesion\w*)/,
    ],
    fraud: [
      /\bestafa\w*|\bestafad\w*|\btimo\b|\btimad\w*|\bsuplantacion|\bphishing|\bhackead\w*|\bpiratead\w*|\brobo de identidad/,
      /\bno autorizad\w*|\bsin (?:mi )?(?:autorizacion|permiso|consentimiento)\b|\b(?:yo )?no (?:he )?(?:hecho|realizado|autorizado|hice|realice|autorice) (?:\w+ ){0,2}?(?:compra|pago|cargo|transaccion|pedido)\w*|\bnunca (?:he )?(?:hecho|realizado|pedido|comprado|autorizado) (?:\w+ ){0,2}?(?:compra|pago|cargo|transaccion|pedido|nada)\w*/,
      /\b(?:cargo|cobro|pago|compra|movimiento|transaccion)\w* (?:\w+ ){0,4}?(?:desconocid\w*|que no reconozco|no reconozco)|\bno reconozco\b/,
      /\balguien (?:ha|habia|a) (?:\w+ ){0,2}?(?:usado|utilizado|accedido|entrado|comprado|pedido|abierto|solicitado)\b|\b(?:abierto|abrieron|pedido|pidieron|solicitado|solicitaron|contratado|contrataron) (?:\w+ ){0,3}?a mi nombre\b/,
      /\b(?:tarjeta|cartera|billetera|monedero|movil|telefono|contrasena|dni)\w* (?:\w+ ){0,4}?(?:robad\w*|perdid\w*|extraviad\w*|clonad\w*|hackead\w*)\b/,
      /\bme (?:han )?robad\w* (?:\w+ ){0,2}?(?:tarjeta|cartera|billetera|movil|bolso)|\bhe perdido (?:mi |la )?(?:tarjeta|cartera|billetera)|\brobo de (?:mi |la )?(?:tarjeta|cartera)/,
    ],
    hardship: [
      {
        match:
          /\bno (?:\w+ ){0,2}?(?:puedo|podre|podria|consigo|llego a) (?:\w+ ){0,2}?(?:pagar|abonar|afrontar|hacer frente)\b|\bno me alcanza\b|\bno tengo (?:\w+ )?dinero\b|\bno llego a fin de mes/,
        unless: TECHNICAL,
      },
      /\bdificultades? (?:economicas?|financieras?)|\bproblemas? (?:economicos?|financieros?|de dinero)|\bsituacion (?:economica )?(?:dificil|complicada|precaria)|\bapuros? economicos|\b(?:mis|muchas|tengo|con) deudas\b|\bendeudad\w*|\bembargo\w*|\bmoros[oa]s?\b|\basnef\b|\brecobro/,
      /\b(?:perdido|perdi|perder) (?:mi |el )?(?:trabajo|empleo|sueldo|ingresos)|\ben (?:el )?paro\b|\bdesemplead\w*|\bdespedid\w*|\bdespido\b|\berte\b|\bsin trabajo|\bsubsidio/,
      /\benferm\w*|\bhospital\w*|\bcancer\b|\bquimio\w*|\bdiagnosticad\w*|(?<!por )\baccidente\b|\bdiscapacidad|\bminusvali\w*|\bdemencia|\balzheimer|\bdepresion|\bdeprimid\w*|\bansiedad|\bsalud mental|\bludopatia|\badiccion/,
      /\bfallecid\w*|\bfallecio|\bfallecimiento|\bmurio\b|\bmuerte\b|\bfuneral\w*|\bentierro|\bviud[oa]s?\b|\bluto\b/,
      /\bviolencia (?:de genero|domestica)|\btutor legal|\bcuratela|\bpoder notarial/,
    ],
    privacy: [
      /\brgpd\b|\blopd\w*|\baepd\b|\bproteccion de datos|\bderecho (?:al olvido|de acceso|de supresion)|\bfiltracion de datos/,
      /\bdatos personales\b.{0,40}\b(?:borr\w*|elimin\w*|suprim\w*|acceso|copia|vend\w*|compart\w*|cedid\w*|filtr\w*)|\b(?:borr\w*|elimin\w*|suprim\w*|vend\w*|compart\w*|cedid\w*|filtr\w*)\b.{0,30}\bmis datos\b/,
    ],
    legal: [
      /\babogad\w*|\bdemandar\w*|\bdemandare\w*|\b(?:poner|presentar|interponer) una demanda|\buna demanda (?:contra|judicial)|\btribunal\w*|\bjuzgado\w*|\bjuicio\b|\bacciones legales|\bmedidas legales|\bvia judicial|\bdenuncia\w*|\bburofax/,
    ],
    regulator: [
      /\bbanco de espana|\bomic\b|\boficina de consumo|\bministerio de consumo|\ba consumo\b|\bocu\b|\bfacua\b|\bhoja de reclamaciones|\bdefensor del (?:cliente|consumidor|pueblo)|\bcnmv\b|\bombuds\w*/,
    ],
    complaint: [/\bqueja\w*|\bquejar\w*|\breclamacion\w*|\breclamo\b/],
  },
  negation: /\b(?:no|sin|ningun|ninguna|nunca|ni)\s+(?:\w+\s+)?$/,
  anger: {
    profanity:
      /\b(?:mierda\w*|joder|jodid\w*|cabron\w*|puta\w*|puto\w*|cono|carajo|hostia\w*|me cago|gilipollas|pendej\w*|chingad\w*)\b/,
    insult:
      /\b(?:idiotas?|incompetentes?|inutiles?|ladron\w*|estafador\w*|sinverguenzas?|mentiros\w*|chorizos|payasos?|vergonzoso|verguenza|lamentable\w*|patetic\w*|ridicul\w*)\b/,
    fedUp:
      /\b(?:estoy hart[oa]|hart[oa]|hasta las narices|ya basta|es una broma|una tomadura de pelo|la gota que colma|furios\w*|enfadad\w*|cabread\w*|indignad\w*|inaceptable|indignante)\b/,
    sarcasm:
      /\b(?:gracias por nada|(?:oh|ah|vaya),? (?:genial|estupendo|perfecto|fantastico|maravilloso|que bien)|bravo|muy bien hecho|buen trabajo,? (?:chicos|casework|equipo)|que sorpresa|menuda sorpresa)\b/,
    praise:
      /\b(?:genial\w*|estupend\w*|perfect\w*|fantastic\w*|maravillos\w*|excelente\w*|increible|magnific\w*|buenisim\w*)\b/,
    failure:
      /\b(?:fallid\w*|fallo\w*|rechazad\w*|denegad\w*|error\w*|roto|cobrado dos veces|cobro doble|no (?:ha )?(?:llegado|recibido|funcionado|devuelto)|nunca (?:ha )?llegado|todavia no|aun no|sigo sin|sin respuesta|otra vez|de nuevo|perdid\w*|desaparecid\w*)\b/,
    demand:
      /\b(?:quiero|exijo|exigo|espero|necesito) (?:\w+ ){0,3}?(?:dinero|reembolso|devolucion|que me devuelvan)\b|\bdevuelvan(?:me)? (?:\w+ ){0,2}?dinero\b/,
    repeated:
      /\b(?:(?:segunda|tercera|cuarta|quinta|enesima|\d+a) vez (?:\w+ ){0,3}?(?:escribo|llamo|contacto|reclamo|pregunto)|(?:escrito|llamado|contactado|reclamado) (?:\w+ ){0,3}?(?:veces|varias veces|mil veces|una y otra vez)|(?:sigo|seguimos) sin (?:respuesta|noticias|contestacion)|nadie (?:me )?(?:ha )?(?:respondido|contestado|llamado)|me (?:estan )?ignorando|semanas sin respuesta)\b/,
    threat:
      /\b(?:(?:cancelar|cancelo|cerrar|cierro|borrar|(?:me )?(?:doy|dar|darme|dare) de baja) (?:\w+ ){0,3}?(?:todo|todas mis \w+)|(?:nunca|jamas) (?:mas|volvere a) (?:\w+ ){0,2}?(?:comprar|usar|pedir)|no volvere a (?:comprar|usar|pedir))\b/,
    public:
      /\b(?:(?:mala|negativa|pesima) (?:resena|opinion|valoracion)|(?:publicar|contar|compartir|escribir|poner|subir)\w* (?:\w+ ){0,4}?en (?:twitter|x|facebook|instagram|tiktok|trustpilot|youtube|redes sociales|las redes)|(?:ir|acudir|contactar) (?:a )?(?:la prensa|los medios|la television|los periodicos)|avisar a todo el mundo)\b/,
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
