// JMESPath
