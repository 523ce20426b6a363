// Generated from lib/domain/schemas.ts by generateEdgeJsonSchemas (lib/edge/json-schemas.ts). Do not edit:
// UPDATE_EDGE_SCHEMAS=1 npx vitest run --project unit lib/edge/json-schemas.test.ts
import type { JsonSchema } from "./json-schemas";

export const EDGE_JSON_SCHEMAS: Record<string, JsonSchema> = {
  "apiKeyCreateSchema": {
    "type": "object",
    "properties": {
      "name": {
        "type": "string",
        "minLength": 1,
        "maxLength": 80,
        "x-transform": [
          "trim"
        ]
      },
      "scopes": {
        "default": [
          "read",
          "write"
        ],
        "minItems": 1,
        "maxItems": 2,
        "type": "array",
        "items": {
          "type": "string",
          "enum": [
            "read",
            "write"
          ]
        }
      },
      "dailyQuota": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100000000
      }
    },
    "required": [
      "name"
    ]
  },
  "datasetPatchSchema": {
    "type": "object",
    "properties": {
      "title": {
        "type": "string",
        "minLength": 3,
        "maxLength": 200,
        "x-transform": [
          "trim"
        ]
      },
      "description": {
        "type": "string",
        "maxLength": 20000
      },
      "labSlug": {
        "anyOf": [
          {
            "type": "string",
            "pattern": "^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,79}$"
          },
          {
            "type": "null"
          }
        ]
      },
      "visibility": {
        "type": "string",
        "enum": [
          "public",
          "private"
        ]
      },
      "license": {
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "x-transform": [
          "trim"
        ]
      },
      "organism": {
        "anyOf": [
          {
            "type": "string",
            "maxLength": 200,
            "x-transform": [
              "trim"
            ]
          },
          {
            "type": "null"
          }
        ]
      },
      "tags": {
        "maxItems": 20,
        "type": "array",
        "items": {
          "type": "string",
          "minLength": 1,
          "maxLength": 40,
          "pattern": "^[\\p{L}\\p{N}][\\p{L}\\p{N} ._+-]*$",
          "x-transform": [
            "trim"
          ]
        }
      }
    },
    "additionalProperties": false
  },
  "labCreateSchema": {
    "type": "object",
    "properties": {
      "name": {
        "type": "string",
        "minLength": 3,
        "maxLength": 120,
        "x-transform": [
          "trim"
        ]
      },
      "slug": {
        "type": "string",
        "pattern": "^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,79}$"
      },
      "description": {
        "default": "",
        "type": "string",
        "maxLength": 5000
      },
      "institution": {
        "anyOf": [
          {
            "type": "string",
            "maxLength": 200,
            "x-transform": [
              "trim"
            ]
          },
          {
            "type": "null"
          }
        ]
      },
      "visibility": {
        "default": "public",
        "type": "string",
        "enum": [
          "public",
          "private"
        ]
      }
    },
    "required": [
      "name"
    ]
  },
  "labMemberRoleSchema": {
    "type": "object",
    "properties": {
      "role": {
        "type": "string",
        "enum": [
          "owner",
          "member"
        ]
      }
    },
    "required": [
      "role"
    ]
  },
  "labMemberSchema": {
    "type": "object",
    "properties": {
      "email": {
        "type": "string",
        "maxLength": 320,
        "format": "email",
        "pattern": "^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$",
        "x-transform": [
          "trim"
        ]
      },
      "role": {
        "default": "member",
        "type": "string",
        "enum": [
          "owner",
          "member"
        ]
      }
    },
    "required": [
      "email"
    ]
  },
  "protocolCreateSchema": {
    "type": "object",
    "properties": {
      "title": {
        "type": "string",
        "minLength": 3,
        "maxLength": 200,
        "x-transform": [
          "trim"
        ]
      },
      "slug": {
        "type": "string",
        "pattern": "^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,79}$"
      },
      "description": {
        "default": "",
        "type": "string",
        "maxLength": 50000
      },
      "labSlug": {
        "anyOf": [
          {
            "type": "string",
            "pattern": "^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,79}$"
          },
          {
            "type": "null"
          }
        ]
      },
      "visibility": {
        "default": "private",
        "type": "string",
        "enum": [
          "public",
          "private"
        ]
      },
      "tags": {
        "maxItems": 20,
        "type": "array",
        "items": {
          "type": "string",
          "minLength": 1,
          "maxLength": 40,
          "pattern": "^[\\p{L}\\p{N}][\\p{L}\\p{N} ._+-]*$",
          "x-transform": [
            "trim"
          ]
        }
      },
      "steps": {
        "default": [],
        "maxItems": 200,
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "title": {
              "type": "string",
              "minLength": 1,
              "maxLength": 200,
              "x-transform": [
                "trim"
              ]
            },
            "body": {
              "default": "",
              "type": "string",
              "maxLength": 20000
            },
            "durationMinutes": {
              "anyOf": [
                {
                  "type": "integer",
                  "minimum": 0,
                  "maximum": 20160
                },
                {
                  "type": "null"
                }
              ]
            }
          },
          "required": [
            "title"
          ]
        }
      }
    },
    "required": [
      "title"
    ]
  },
  "protocolUpdateSchema": {
    "type": "object",
    "properties": {
      "title": {
        "type": "string",
        "minLength": 3,
        "maxLength": 200,
        "x-transform": [
          "trim"
        ]
      },
      "description": {
        "type": "string",
        "maxLength": 50000
      },
      "labSlug": {
        "anyOf": [
          {
            "type": "string",
            "pattern": "^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,79}$"
          },
          {
            "type": "null"
          }
        ]
      },
      "visibility": {
        "type": "string",
        "enum": [
          "public",
          "private"
        ]
      },
      "tags": {
        "maxItems": 20,
        "type": "array",
        "items": {
          "type": "string",
          "minLength": 1,
          "maxLength": 40,
          "pattern": "^[\\p{L}\\p{N}][\\p{L}\\p{N} ._+-]*$",
          "x-transform": [
            "trim"
          ]
        }
      },
      "steps": {
        "maxItems": 200,
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "title": {
              "type": "string",
              "minLength": 1,
              "maxLength": 200,
              "x-transform": [
                "trim"
              ]
            },
            "body": {
              "default": "",
              "type": "string",
              "maxLength": 20000
            },
            "durationMinutes": {
              "anyOf": [
                {
                  "type": "integer",
                  "minimum": 0,
                  "maximum": 20160
                },
                {
                  "type": "null"
                }
              ]
            }
          },
          "required": [
            "title"
          ]
        }
      }
    },
    "additionalProperties": false
  },
  "signUpSchema": {
    "type": "object",
    "properties": {
      "email": {
        "type": "string",
        "maxLength": 320,
        "format": "email",
        "pattern": "^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$",
        "x-transform": [
          "trim",
          "lowercase"
        ]
      },
      "password": {
        "type": "string",
        "minLength": 10,
        "maxLength": 256
      },
      "name": {
        "type": "string",
        "minLength": 1,
        "maxLength": 120,
        "x-transform": [
          "trim"
        ]
      }
    },
    "required": [
      "email",
      "password",
      "name"
    ]
  },
  "spaceCreateSchema": {
    "type": "object",
    "properties": {
      "title": {
        "type": "string",
        "minLength": 3,
        "maxLength": 200,
        "x-transform": [
          "trim"
        ]
      },
      "slug": {
        "type": "string",
        "pattern": "^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,79}$"
      },
      "description": {
        "default": "",
        "type": "string",
        "maxLength": 20000
      },
      "datasetSlug": {
        "anyOf": [
          {
            "type": "string",
            "pattern": "^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,79}$"
          },
          {
            "type": "null"
          }
        ]
      },
      "labSlug": {
        "anyOf": [
          {
            "type": "string",
            "pattern": "^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,79}$"
          },
          {
            "type": "null"
          }
        ]
      },
      "visibility": {
        "default": "private",
        "type": "string",
        "enum": [
          "public",
          "private"
        ]
      },
      "settings": {
        "default": {},
        "type": "object",
        "propertyNames": {
          "type": "string"
        },
        "additionalProperties": {}
      },
      "viewState": {
        "default": {},
        "type": "object",
        "propertyNames": {
          "type": "string"
        },
        "additionalProperties": {}
      }
    },
    "required": [
      "title"
    ]
  },
  "spaceUpdateSchema": {
    "type": "object",
    "properties": {
      "title": {
        "type": "string",
        "minLength": 3,
        "maxLength": 200,
        "x-transform": [
          "trim"
        ]
      },
      "description": {
        "type": "string",
        "maxLength": 20000
      },
      "datasetSlug": {
        "anyOf": [
          {
            "type": "string",
            "pattern": "^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,79}$"
          },
          {
            "type": "null"
          }
        ]
      },
      "labSlug": {
        "anyOf": [
          {
            "type": "string",
            "pattern": "^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,79}$"
          },
          {
            "type": "null"
          }
        ]
      },
      "visibility": {
        "type": "string",
        "enum": [
          "public",
          "private"
        ]
      },
      "settings": {
        "type": "object",
        "propertyNames": {
          "type": "string"
        },
        "additionalProperties": {}
      },
      "viewState": {
        "type": "object",
        "propertyNames": {
          "type": "string"
        },
        "additionalProperties": {}
      }
    },
    "additionalProperties": false
  }
};
